/**
 * "Smith has used the phrase often and criticized Jones for …", "He has promoted the pills and downplayed the
 * risks": after "and", a verb of judging aloud reports in its own right, even when the verb before it (same subject)
 * made no claim. Other weak verbs ("and supported the bill", "and welcomed the guests") need a claim before them,
 * and "and calls for an inquiry" stays a request (set I's convention). A verb of belief reports after "and" when
 * its clause follows ("is wary of the levy and believes shops will …"), not with a bare object ("and expects a
 * quieter summer").
 */
import type { Token } from "../text/tokens.ts";
import { bareClauseAfter, barePluralThen, FINITE } from "./bare-clause.ts";
import { lower, type VerbHit } from "./verbs.ts";

/** Weak verbs whose object is a judgement spoken aloud. */
const SPEECH_ACTS = new Set(
  "criticize criticise blast slam blame accuse condemn denounce lambaste deride ridicule downplay decry scold chide lament bemoan chastise".split(
    " ",
  ),
);

/** Whether the coordinated verb reports by itself: a verb of judging aloud. */
export const speechActAfterAnd = (hit: VerbHit): boolean => SPEECH_ACTS.has(hit.base);

/** Verbs of belief and expectation, whose clause is what the subject holds. */
const BELIEF_VERBS = new Set("believe think expect fear suspect doubt".split(" "));

/** Whether a coordinated verb of belief has its clause after it: "that …" or a clause without "that". */
export const beliefClauseAfterAnd = (hit: VerbHit, toks: Token[], after: number): boolean =>
  BELIEF_VERBS.has(hit.base) &&
  toks[after]?.word === true &&
  (lower(toks[after] as Token) === "that" ||
    bareClauseAfter(toks, after, hit.base) ||
    // ("shops will …", "local shops have …": a bare plural, then a finite verb)
    barePluralThen(toks, after, (k) => !!toks[k]?.word && FINITE.has(lower(toks[k] as Token))));
