// "…, the Ministry of Trade and Industry said.", "…, Energy and Natural Resources Minister X said.": a
// speaker closing the sentence whose name or title joins two capitalised words with "and".
import type { SourceSpan } from "./source-after.ts";

const LINKS = /^(?:of|for|on|the|and|&)$/;
const CAPITALISED = /^\p{Lu}[\p{L}\p{M}’'.-]*$/u;

/**
 * The speaker span widened back to the comma when the walk stopped at an "and" inside one name: every word
 * from the comma on is capitalised or a link word ("of", "for", "and"), the first "the" or capitalised.
 */
export function widenAcrossAnd(text: string, floor: number, subject: SourceSpan): SourceSpan {
  const before = text.slice(Math.max(floor, subject.start - 90), subject.start);
  if (!/\p{Lu}[\p{L}\p{M}’'.-]*[\s\u00A0]+(?:and|&)[\s\u00A0]+$/u.test(before)) return subject;
  if (!/^\p{Lu}/u.test(text[subject.start] ?? "")) return subject;
  const comma = before.lastIndexOf(",");
  if (comma < 0) return subject;
  const chunk = before.slice(comma + 1);
  const words = chunk.trim().split(/[\s\u00A0]+/);
  if (words.length > 10) return subject;
  if (!words.every((w, i) => CAPITALISED.test(w) || LINKS.test(w) || (i === 0 && w === "the")))
    return subject;
  const lead = chunk.length - chunk.trimStart().length;
  return { ...subject, start: subject.start - chunk.length + lead };
}
