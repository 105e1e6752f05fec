/**
 * "Smith has used the phrase often and criticized Jones for …", "He has promoted the pills and downplayed the
 * risks": after "and", a verb of judging aloud reports in its own right, even when the verb before it (same subject)
 * made no claim. Other weak verbs ("and supported the bill", "and welcomed the guests") need a claim before them,
 * and "and calls for an inquiry" stays a request (set I's convention).
 */
import type { VerbHit } from "./verbs.ts";

/** Weak verbs whose object is a judgement spoken aloud. */
const SPEECH_ACTS = new Set(
  "criticize criticise blast slam blame accuse condemn denounce lambaste deride ridicule downplay decry scold chide lament bemoan chastise".split(
    " ",
  ),
);

/** Whether the coordinated verb reports by itself: a verb of judging aloud. */
export const speechActAfterAnd = (hit: VerbHit): boolean => SPEECH_ACTS.has(hit.base);
