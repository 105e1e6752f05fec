// "The committee has agreed to put £640,000 towards …": a decision taken, no words reported.
import type { Token } from "../text/tokens.ts";

/** "agree" followed by "to" (an infinitive or the terms agreed to) reports an act, not a statement. */
export const agreedTo = (base: string, next: Token | undefined): boolean =>
  base === "agree" && next?.word === true && next.text.toLowerCase() === "to";
