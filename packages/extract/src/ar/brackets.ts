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

/**
 * «المفوض العام لوكالة … (الأونروا) فيليب لازاريني»: a body's short name in brackets (up to three words)
 * ends the title; the name follows it. Returns the words of the bracket (0 if none).
 */
export function bracketAfterTitle(ws: string[], i: number): number {
  if (i < 2 || !/^\(/u.test(ws[i] ?? "")) return 0;
  const close = ws.findIndex((w, k) => k >= i && k < i + 3 && /\)$/u.test(w));
  return close >= 0 && close + 1 < ws.length ? close - i + 1 : 0;
}

/**
 * «لوكالة حماية البيئة», «لوكالة غوث وتشغيل اللاجئين»: at `i` a ل-body, a bare noun (and «و» with a second
 * one), then a definite noun. Returns the words after the ل-body's (0 if none).
 */
export function lamJoined(ws: string[], i: number): number {
  const bareNoun = (w: string | undefined): boolean => !!w && /^\p{L}{3,}$/u.test(w) && !/^ال/u.test(w);
  if (!bareNoun(ws[i + 1])) return 0;
  if (/^ال\p{L}{2,}$/u.test(ws[i + 2] ?? "")) return 2;
  return /^و(?!ال)\p{L}{3,}$/u.test(ws[i + 2] ?? "") && /^ال\p{L}{2,}$/u.test(ws[i + 3] ?? "") ? 3 : 0;
}
