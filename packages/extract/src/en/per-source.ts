/** "…, per Nielsen.": the trade-press "per" naming the source of the sentence before it. */
import { type ArticleView, type Draft, spanDraft, trimSpan } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";

/** ", per" and a capitalised name of up to four words closing the sentence. */
const PER_SOURCE =
  /,[ \u00A0]+(per)[ \u00A0]+(\p{Lu}[\p{L}\p{N}&.’'-]*(?:[ \u00A0]+\p{Lu}[\p{L}\p{N}&.’'-]*){0,3})[ \u00A0]*[.;!?]?["”’]?[ \u00A0]*$/u;

const ANY_PER = /,[ \u00A0]+per[ \u00A0]+\p{Lu}/u;
/** "per" between spaces, which ANY_PER needs: found without the slower Unicode scan in most texts. */
const perBetweenSpaces = (text: string): boolean =>
  text.includes(" per ") ||
  text.includes(" per\u00A0") ||
  text.includes("\u00A0per ") ||
  text.includes("\u00A0per\u00A0");

export function perSourceDrafts(view: ArticleView): Draft[] {
  const { text } = view;
  const out: Draft[] = [];
  if (!perBetweenSpaces(text) || !ANY_PER.test(text)) return out;
  for (const s of view.sentences as Sentence[]) {
    const m = PER_SOURCE.exec(text.slice(s.start, s.end));
    if (!m) continue;
    const cueStart = s.start + m.index + m[0].indexOf("per");
    if (quoteAt(view.quotes, cueStart)) continue;
    const content = trimSpan(text, s.start, s.start + m.index);
    if (!content || content[1] - content[0] < 12) continue;
    const name = (m[2] as string).replace(/\.+$/, "");
    const srcStart = cueStart + m[0].slice(m[0].indexOf("per")).indexOf(name);
    out.push(
      spanDraft("en.per-source", {
        cue: [cueStart, cueStart + 3],
        mention: [srcStart, srcStart + name.length],
        content,
        frame: [s.start, s.end],
      }),
    );
  }
  return out;
}
