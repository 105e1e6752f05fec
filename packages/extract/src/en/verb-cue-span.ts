import type { Sentence } from "../text/segment.ts";
import type { Token } from "../text/tokens.ts";
import { forAfterDay } from "./day-before-particle.ts";
import { followingColonAt } from "./following-statement.ts";
import { opensWithVerbAndColon } from "./layout.ts";
import { ATTITUDE_ADJECTIVES, CUE_PARTICLES, IMPERSONAL_ADJECTIVES, TOPIC_VERBS } from "./lexicon.ts";
import { topicPrepositionAt } from "./topic-after.ts";
import { isAuxiliary, lower, PARTICLE_VERBS, type VerbHit } from "./verbs.ts";

/** Link verbs and modals between "it" and an adjective of evaluation ("it should be", "it has become", "it seems"). */
const IMPERSONAL_LINKS =
  /^(?:be|been|become|becomes|became|seem|seems|seemed|remain|remains|remained|will|would|can|could|may|might|must|should)$/;

/**
 * Link verbs and degree words between a person and an adjective of attitude ("remains convinced that", "came away
 * convinced that", "is very confident that"); not "so", whose "that" opens a result ("so angry that she quit"), nor a
 * modal's "be", a hypothetical ("if he can be convinced that …").
 */
const ATTITUDE_LINKS =
  /^(?:been|become|becomes|became|seem|seems|seemed|remain|remains|remained|grew|grown|came|come|comes|away|very|quite|too|more|less|fairly|equally)$/;

/**
 * The cue of one reporting verb: its auxiliaries, particle, topic preposition or "the following:" taken in;
 * k is the token before it, after the first token after it (null: the verb cues nothing here).
 */
export function verbCueSpan(
  text: string,
  s: Sentence,
  toks: Token[],
  hit: VerbHit,
): { k: number; cueStart: number; cueEnd: number; after: number } | null {
  const verb = toks[hit.index] as Token;
  // (the cue opens with the auxiliaries before the verb: "had been told")
  let k = (hit.start ?? hit.index) - 1;
  while (k >= 0 && toks[k]?.word && isAuxiliary(toks[k] as Token)) k--;
  // "it should be obvious that", "it has become clear that", "remains convinced that": the link verb joins the cue
  const links = IMPERSONAL_ADJECTIVES.has(hit.base)
    ? IMPERSONAL_LINKS
    : ATTITUDE_ADJECTIVES.has(hit.base)
      ? ATTITUDE_LINKS
      : null;
  if (links)
    while (k >= 0 && toks[k]?.word && (links.test(toks[k]?.text ?? "") || isAuxiliary(toks[k] as Token))) k--;
  const cueStart = (toks[k + 1] as Token).start;
  let after = hit.base === "call" ? Math.max(hit.index + 1, forAfterDay(toks, hit.index)) : hit.index + 1;
  let cueEnd = verb.end;
  const particle = toks[after];
  const topic = TOPIC_VERBS.get(hit.base);
  if (particle?.word && PARTICLE_VERBS.has(hit.base) && CUE_PARTICLES.has(lower(particle))) {
    cueEnd = particle.end;
    after++;
  } else if (topic) {
    // "spoke about her ties to the church", "spoke out on Tuesday about …": the topic is the content
    const at = topicPrepositionAt(toks, after, topic);
    if (at < 0) return null;
    cueEnd = (toks[at] as Token).end;
    after = at + 1;
  }
  if (k < 0 && opensWithVerbAndColon(text, s.start, s.end)) return null;
  // "said the following:", "made the following comment:": the words come after the colon
  const colon = followingColonAt(toks, after, hit.base === "state");
  if (colon > 0) [cueEnd, after] = [(toks[colon - 1] as Token).end, colon];
  return { k, cueStart, cueEnd, after };
}
