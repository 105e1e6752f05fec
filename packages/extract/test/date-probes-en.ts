// The made-up English date probes of session 15 and how they are checked: each article's claims, found by
// words of their content, against the day each statement was made (null: no day the article gives).
import { extract } from "../src/index.ts";

export interface DateProbe {
  name: string;
  /** YYYY-MM-DD */
  published: string;
  /** The article's language; English unless told. */
  lang?: "en" | "ar";
  text: string;
  expect: [content: string, date: string | null][];
}

/** What went wrong with one expected claim: not found, or found with another date. */
export interface DateMiss {
  content: string;
  want: string | null;
  /** undefined: no claim has these words in its content. */
  got: string | null | undefined;
}

/** The probe's expected claims that are missing or get another date. */
export function dateMisses(probe: DateProbe): DateMiss[] {
  const { claims } = extract({ text: probe.text, publishedAt: probe.published, lang: probe.lang ?? "en" });
  const misses: DateMiss[] = [];
  for (const [content, want] of probe.expect) {
    const claim = claims.find((c) => c.content.text.includes(content));
    if (!claim || claim.date !== want) misses.push({ content, want, got: claim ? claim.date : undefined });
  }
  return misses;
}
