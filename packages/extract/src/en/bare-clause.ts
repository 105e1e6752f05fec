/** Complements of attitude verbs without "that": "experts suspect those losses were …", "expects rates to fall". */
import type { Token } from "../text/tokens.ts";
import { lower } from "./verbs.ts";

/** Finite auxiliaries and copulas: after a short subject they show that a clause follows. */
export const FINITE = new Set(
  "is are was were will would could can may might must should shall has have had does did do won’t won't wasn’t wasn't isn’t isn't aren’t aren't weren’t weren't".split(
    " ",
  ),
);
/** Pronouns that open a clause as its subject ("knows he was …"); "it" and "there" need a finite verb next. */
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "you"]);
/** Words that may open a clause's subject phrase ("those losses", "the bank", "many voters"). */
const SUBJECT_OPENERS = new Set(
  "the this that these those his her their its our some many most several few no such each every all both".split(
    " ",
  ),
);
/** Verbs whose object and infinitive are the content ("expect the bank to cut rates"). */
const OBJECT_INFINITIVE_VERBS = new Set(["expect"]);
/** Object pronouns that an infinitive may follow ("expects them to fall"). */
const OBJECT_PRONOUNS = new Set(["him", "her", "them", "it", "us"]);

/** "them to become …", "rates to fall …": a pronoun or a bare plural (one or two words), then "to" and a word. */
function objectThenInfinitive(toks: Token[], i: number): boolean {
  const infinitiveAt = (k: number) =>
    toks[k]?.word === true && lower(toks[k] as Token) === "to" && toks[k + 1]?.word === true;
  const first = toks[i] as Token;
  if (OBJECT_PRONOUNS.has(lower(first))) return infinitiveAt(i + 1);
  return barePluralThen(toks, i, infinitiveAt);
}

/**
 * "rates to …", "local shops have …": a bare plural of one or two lower-case words (no auxiliary among them),
 * then what `follows` finds at the token after the plural.
 */
export function barePluralThen(toks: Token[], i: number, follows: (k: number) => boolean): boolean {
  for (let k = i; k < i + 2; k++) {
    const t = toks[k];
    if (!t?.word || !/^[a-z]{3,}$/.test(t.text) || FINITE.has(t.text)) return false;
    if (/[^s]s$/.test(t.text) && follows(k + 1)) return true;
  }
  return false;
}

/**
 * Whether the words from toks[i] read as a clause with no "that": a subject pronoun and a word, "it" or
 * "there" and a finite verb, or a short subject phrase (opened by a determiner or a capitalised name)
 * that a finite verb closes. For OBJECT_INFINITIVE_VERBS, also an object and "to" with its verb.
 */
export function bareClauseAfter(toks: Token[], i: number, base: string): boolean {
  const first = toks[i];
  const second = toks[i + 1];
  if (!first?.word || !second?.word) return false;
  const w = lower(first);
  if (SUBJECT_PRONOUNS.has(w)) return true;
  if (OBJECT_INFINITIVE_VERBS.has(base) && objectThenInfinitive(toks, i)) return true;
  if (w === "it" || w === "there") return FINITE.has(lower(second));
  if (!SUBJECT_OPENERS.has(w) && !/^\p{Lu}/u.test(first.text)) return false;
  for (let k = i + 1; k < Math.min(toks.length, i + 7); k++) {
    const t = toks[k] as Token;
    if (!t.word) return false;
    const lw = lower(t);
    if (FINITE.has(lw)) return k > i;
    // ("CBC News has learned the province first asked …": a newsroom's finding, its clause in the past)
    if (base === "learn" && k > i && /^[a-z]{3,}ed$/.test(t.text)) return true;
    if (lw === "to" && OBJECT_INFINITIVE_VERBS.has(base)) return toks[k + 1]?.word === true;
    if (lw === "that" || lw === "which" || lw === "who") return false;
  }
  return false;
}
