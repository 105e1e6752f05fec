// "Health Minister Jane Doe said …. The ministry said …": a ministry met only by its minister's title.
import type { Entity } from "./speaker-types.ts";

/** "Health Minister", "Foreign Affairs Minister": the portfolio before "Minister" (capitalised words). */
const PORTFOLIO_BEFORE = /(?:^|\s)((?:\p{Lu}[\p{L}’'-]*\s+){1,3})Minister\b/u;
/** "Minister of Health", "Minister for Education and Skills". */
const PORTFOLIO_AFTER =
  /\bMinister\s+(of|for)\s+((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:and|&)\s+\p{Lu}[\p{L}’'-]*|\s+\p{Lu}[\p{L}’'-]*){0,3})/u;
/** Words before "Minister" that are ranks, not portfolios ("Prime Minister", "Deputy Minister"). */
const RANK =
  /^(?:prime|deputy|vice|assistant|junior|chief|first|senior|state|acting|interim|former|then|shadow|cabinet|the)$/i;

/** The ministry's name a minister's title gives ("Health Ministry", "Ministry of Health"), or null. */
function ministryOfTitle(title: string): string | null {
  const after = PORTFOLIO_AFTER.exec(title);
  // ("Minister of State for Trade": a rank, the portfolio after it)
  if (after?.[2] && /^State\b/.test(after[2])) return null;
  if (after?.[2]) return `Ministry ${after[1]} ${after[2].trim()}`;
  const before = PORTFOLIO_BEFORE.exec(title);
  if (!before?.[1]) return null;
  const words = before[1].trim().split(/\s+/);
  while (words.length && RANK.test(words[0] as string)) words.shift();
  return words.length ? `${words.join(" ")} Ministry` : null;
}

/** The ministry of the latest minister met whose title names a portfolio, as a new body; null when none. */
export function ministryOfLastMinister(recency: Entity[]): string | null {
  for (let i = recency.length - 1; i >= 0; i--) {
    const e = recency[i] as Entity;
    if (e.kind !== "person") continue;
    for (const t of e.titles) {
      const name = ministryOfTitle(t);
      if (name) return name;
    }
  }
  return null;
}
