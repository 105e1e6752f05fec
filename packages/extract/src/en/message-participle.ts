import type { Token } from "../text/tokens.ts";
import { afterUnder } from "./under-questioning.ts";

/** A message or document that someone sends, issues or posts ("a note", "a brief statement", "an open letter"). */
const MESSAGE =
  /^(?:notes?|statements?|letters?|messages?|memos?|e-?mails?|posts?|tweets?|notices?|circulars?|leaflets?|releases?|texts?)$/;

/** Participles whose object is a reported clause ("claiming the ward …"; not "criticizing Alicia Machado"). */
const CLAUSE_PARTICIPLE =
  /^(?:saying|claiming|stating|alleging|asserting|insisting|arguing|warning|noting|announcing|confirming|denying|suggesting|explaining|declaring)$/;
/** A preposition or conjunction: "a series of tweets" is no message with its modifiers. */
const LINK = /^(?:of|for|to|from|with|by|in|on|at|and|or|but)$/;
/**
 * "Nurses sent a short note claiming the ward was unsafe": a participle right after a message that a clause's
 * verb sends (a determiner, at most two lowercase modifiers, then the noun at toks[k], a word before them)
 * carries the words of the one who sent it.
 */
function messageBeforeParticiple(toks: Token[], k: number): boolean {
  if (!MESSAGE.test(toks[k]?.text ?? "") || !CLAUSE_PARTICIPLE.test(toks[k + 1]?.text ?? "")) return false;
  for (let j = k - 1; j >= Math.max(1, k - 3); j--) {
    const t = toks[j] as Token;
    if (!t.word || !/^[a-z-]+$/.test(t.text) || LINK.test(t.text)) return false;
    if (/^(?:a|an|the|his|her|its|their|another)$/.test(t.text)) return !!toks[j - 1]?.word;
  }
  return false;
}

/**
 * "a series of tweets early Friday saying that …", "sent a short note claiming the ward …": the participle at
 * toks[i] (its noun at toks[k]) opens its own reported clause — a "that" follows it, or a sent message precedes it.
 */
export const participleOpensClause = (toks: Token[], i: number, k: number): boolean =>
  !afterUnder(toks, i) &&
  (toks[i + 1]?.text.toLowerCase() === "that" || hearerThenThat(toks, i) || messageBeforeParticiple(toks, k));

/** "heard yelling to the guards that …": a short hearer with "to" between the participle and its "that". */
function hearerThenThat(toks: Token[], i: number): boolean {
  if (toks[i + 1]?.text.toLowerCase() !== "to") return false;
  for (let j = i + 2; j <= i + 5; j++) {
    const t = toks[j];
    if (!t?.word) return false;
    if (t.text.toLowerCase() === "that") return j > i + 2;
  }
  return false;
}
