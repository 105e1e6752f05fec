// Brackets and name tails between a subject and its content: «نقابة السائقين (GDL) اليوم الخميس (12 فبراير) أن».
import type { Token } from "../text/tokens.ts";

/** The tokens outside short brackets; an unclosed or long bracket is kept (and so not an adjunct). */
export function unbracketed(gap: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < gap.length; i++) {
    const close = gap[i]?.text === "(" ? gap.findIndex((t, j) => j > i && t.text === ")") : -1;
    if (close < 0 || close - i > 10) out.push(gap[i] as Token);
    else i = close;
  }
  return out;
}

/** Inside a bracket opened in the gap and not yet closed. */
export const inBracket = (gap: Token[]): boolean => {
  const open = gap.findLastIndex((t) => t.text === "(");
  return open >= 0 && !gap.slice(open).some((t) => t.text === ")");
};

/**
 * «الشركة الوطنية للمياه (الصوناد) بصفاقس،», «الهلال الأحمر الليبي - فرع طبرق،»: the rest of a body's name
 * after the words read as subject — its bracketed short name and town, or a branch after a dash.
 */
export function subjectTail(part: Token[]): boolean {
  const rest = unbracketed(part);
  if (rest.length < part.length)
    return rest.length === 0 || (rest.length === 1 && /^ب/u.test(rest[0]?.text ?? ""));
  return /^[-–—]$/u.test(part[0]?.text ?? "") && part.length <= 5 && part.slice(1).every((t) => t.word);
}
