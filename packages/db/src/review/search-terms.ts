import { foldText } from "../fold.ts";

/** Backslash-escapes LIKE wildcards so user text matches literally. */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * The query folded exactly like stored text (Claim.contentNorm, Article.searchNorm), split into the
 * words that must all occur: `'%word%'` LIKE patterns, longest word first so the most selective
 * trigram lookup leads. Duplicates and words contained in longer ones are dropped.
 */
export function searchPatterns(q: string | undefined): string[] {
  return searchWords(q).map((w) => `%${escapeLike(w)}%`);
}

/** The folded words of a query, longest first, without words contained in longer ones (max 8). */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = foldText(q)
    .split(" ")
    .map((w) => w.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, ""))
    .filter((w) => w.length > 0)
    .sort((a, b) => b.length - a.length);
  const kept: string[] = [];
  for (const word of words) if (!kept.some((k) => k.includes(word))) kept.push(word);
  return kept.slice(0, 8);
}
