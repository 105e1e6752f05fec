/**
 * "Asked in a 2015 interview with a radio station what she hoped …, she said": words from an interview
 * years before the story are the words of the person the story is about, not of the spokeswoman quoted
 * in the paragraph before. True when the sentence, before the speaker's mention, names such an occasion
 * in a year before the publication year (any past year when the publication date is unknown).
 */
const PAST_OCCASION =
  /\b(?:in|during|for)\s+(?:a|an|her|his|their|the)\s+((?:19|20)\d\d)\s+(?:[a-z-]+\s+)?(?:interview|profile|documentary|podcast|memoir|book|speech|letter|television|TV|radio)\b/gi;

export function recallsPastOccasion(text: string, mentionStart: number, publishedAt: string | null): boolean {
  const before = text.slice(Math.max(0, mentionStart - 240), mentionStart);
  // only the sentence that holds the mention (a full stop followed by a space, or a line break, ends one)
  const cut = Math.max(before.lastIndexOf("\n"), before.lastIndexOf(". "));
  const sentence = cut >= 0 ? before.slice(cut + 1) : before;
  const year = publishedAt ? Number(publishedAt.slice(0, 4)) : Number.POSITIVE_INFINITY;
  // (most sentences name no year: a plain test first spares the case-blind scan)
  if (!/(?:19|20)\d\d/.test(sentence)) return false;
  for (const m of sentence.matchAll(PAST_OCCASION)) if (Number(m[1]) < year) return true;
  return false;
}
