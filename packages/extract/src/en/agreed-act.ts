// "The council's development committee has agreed to put £640,000 towards …": a body's decision, no words.
import type { Token } from "../text/tokens.ts";

/** Bodies that decide by meeting and vote: what they "agree to" is a decision they took. */
const DECIDING_BODY =
  /\b(?:committee|council|councillors|board|cabinet|assembly|parliament|senate|congress|panel|commission|trustees|shareholders|members|meeting)\b/i;

/**
 * "agree" followed by "to" after a deciding body (a committee, a council, a board) reports its decision, not a
 * statement ("The union agreed to pay the fine" stays a party's undertaking).
 */
export const agreedTo = (base: string, next: Token | undefined, subject: string): boolean =>
  base === "agree" && next?.word === true && next.text.toLowerCase() === "to" && DECIDING_BODY.test(subject);
