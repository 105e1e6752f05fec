import type { DateMention } from "../dates.ts";
import type { Draft } from "../draft.ts";
import { type Sentence, sentenceAt } from "../text/segment.ts";

/**
 * "The minister said on Monday that … while he told Nyasa Times that …": the outlet heard the second words in
 * the sentence that dates the first, the day written there (before the second cue) is theirs too.
 */
export function sameSentenceDay(
  sentences: Sentence[],
  earlier: Draft,
  d: Draft,
  source: DateMention,
): boolean {
  const s = sentenceAt(sentences, d.cueStart);
  return (
    s !== null &&
    sentenceAt(sentences, earlier.cueStart) === s &&
    source.start >= s.start &&
    source.end <= d.cueStart
  );
}
