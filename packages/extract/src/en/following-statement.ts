/**
 * "Sanders made the following comment: “…”", "She said the following: …": the words after the colon are what
 * was said, and "the following …" only announces them (no part of the content).
 */
import { lowerOf, type Token } from "../text/tokens.ts";

/** What "the following" announces: a comment, a statement, remarks, a message. */
const ANNOUNCED =
  /^(?:comments?|statements?|remarks?|messages?|responses?|reply|replies|answers?|explanations?|observations?|words|assessment|warning|tweets?|posts?|notes?)$/i;
/** The forms of "make" that make a statement ("made the following remarks"). */
const MAKE_FORMS = new Set(["make", "makes", "made", "making"]);
/** Words that may sit between "the following …" and the colon: where it was said ("on Facebook", "to reporters"). */
const MAX_TAIL = 5;

/**
 * The index of the colon after toks[from] = "the following [adjective] [noun] [a short adjunct] :", or -1.
 * `needsNoun`: the noun is required ("made the following:" says nothing of what was made).
 */
export function followingColonAt(toks: Token[], from: number, needsNoun = false): number {
  const the = toks[from];
  const following = toks[from + 1];
  if (!the?.word || lowerOf(the) !== "the" || !following?.word || lowerOf(following) !== "following")
    return -1;
  let i = from + 2;
  let noun = false;
  for (let n = 0; n <= MAX_TAIL + 2 && i < toks.length; n++, i++) {
    const t = toks[i] as Token;
    if (t.text === ":") return noun || !needsNoun ? i : -1;
    if (!t.word) return -1;
    // (the noun comes first, or after one adjective: "the following brief statement")
    if (n <= 1 && ANNOUNCED.test(t.text)) noun = true;
    else if (n > 1 && !noun) return -1;
  }
  return -1;
}

/** "made the following comment:": a form of "make" that states what follows its colon (undefined when not). */
export function madeFollowing(
  toks: Token[],
  i: number,
  w: string,
): { base: string; participle: boolean } | undefined {
  if (!MAKE_FORMS.has(w) || followingColonAt(toks, i + 1, true) < 0) return undefined;
  return { base: "state", participle: w === "making" };
}
