/** "called Friday for releasing the videos", "called on Monday for an inquiry": the day between "called" and "for". */
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { TIME_WORDS } from "./lexicon.ts";
import { callsNameA } from "./token-shapes.ts";

/** Index of "for" after up to three day words after the verb at i ("Friday", "on Monday", "late Tuesday"); -1 if none. */
export function forAfterDay(toks: Token[], i: number): number {
  let days = 0;
  for (let k = i + 1; k <= i + 4; k++) {
    const t = toks[k];
    if (!t?.word) return -1;
    const w = lower(t);
    if (w === "for") return days > 0 ? k : -1;
    if (TIME_WORDS.has(w)) days++;
    else if (w !== "on" && w !== "late" && w !== "early") return -1;
  }
  return -1;
}

/** "called Trump a “liar”" (callsNameA) or "called Friday for …": a "called" that reports. */
export const callReports = (toks: Token[], i: number): boolean =>
  callsNameA(toks, i) || forAfterDay(toks, i) >= 0;
