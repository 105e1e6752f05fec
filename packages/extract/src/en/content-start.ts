/** Where English reported content starts after its cue: past the hearer, time words, "in a statement", "that". */

import type { Token } from "../text/tokens.ts";
import { afterByMedium, afterCourtPlace, afterHere, afterSentenceAdverb } from "./content-start-adjuncts.ts";
import { pastOccasion } from "./content-start-occasion.ts";
import { afterDaysAgo } from "./content-start-times.ts";
import { demonstrativeThat } from "./demonstrative-that.ts";
import { pastHearer } from "./hearer-start.ts";
import { infinitiveAfterIntent } from "./infinitive-after-intent.ts";
import { HEARER_VERBS } from "./lexicon.ts";
import { afterLinkingAdverb } from "./linking-adverbs.ts";
import { afterUnderQuestioning } from "./under-questioning.ts";
import { lower, OBJECT_PRONOUNS } from "./verbs.ts";

/** Verbs that take their topic with "of" before the content ("said of the decision: …"). */
const SAID_OF = new Set(["say", "write", "add", "tell"]);

/** Skips what stands between a verb and its content: a hearer, time words, "in a statement", "that". */
export function contentStartAfter(toks: Token[], from: number, base: string): { pos: number; that: boolean } {
  let i = from;
  // ("scolded him: “…”", "chided them: “…”": the one addressed, then the words after the colon)
  const addressed = toks[i];
  if (addressed?.word && OBJECT_PRONOUNS.has(lower(addressed)) && toks[i + 1]?.text === ":" && toks[i + 2])
    return { pos: (toks[i + 2] as Token).start, that: false };
  if (HEARER_VERBS.has(base)) {
    const heard = pastHearer(toks, from, base);
    if (typeof heard !== "number") return heard;
    i = heard;
  }
  // "said of the referee's decision: “…”", "said of her team's performance that it was …": the topic, then
  // the content
  if (toks[i]?.word && lower(toks[i] as Token) === "of" && SAID_OF.has(base)) {
    for (let k = i + 1; k < Math.min(toks.length, i + 12); k++) {
      const u = toks[k] as Token;
      if (u.text === ":" || (u.word && lower(u) === "that" && k > i + 1))
        return { pos: u.end, that: u.text !== ":" };
      if (!u.word && !/^[’'‘-]$/.test(u.text)) break;
    }
  }
  i = afterHere(
    toks,
    afterDaysAgo(
      toks,
      afterUnderQuestioning(
        toks,
        afterCourtPlace(toks, afterSentenceAdverb(toks, afterByMedium(toks, afterLinkingAdverb(toks, i)))),
      ),
    ),
  );
  const infinitive = infinitiveAfterIntent(toks, i, base);
  if (infinitive >= 0) return { pos: infinitive, that: false };
  const occasion = pastOccasion(toks, i);
  if (typeof occasion !== "number") return occasion;
  i = occasion;
  const next = toks[i];
  // ("says that is “not good enough”": a "that" with a verb right after it is the subject, a pronoun)
  // ("rejected that, saying …": a "that" the punctuation closes is the pronoun, the verb's object)
  if (
    next?.word &&
    lower(next) === "that" &&
    !PRONOUN_THAT_VERB.test(toks[i + 1]?.text ?? "") &&
    !closedThat(toks, i) &&
    !demonstrativeThat(toks, i)
  )
    return { pos: next.end, that: true };
  // "cautioned, as did the campaign itself, that …", "said, in a statement, that …": an aside set off by commas,
  // then the content
  const aside = next?.text === "," ? thatAfterAside(toks, i + 1) : -1;
  if (aside >= 0) return { pos: (toks[aside] as Token).end, that: true };
  if (next?.text === ":" || next?.text === ",") return { pos: next.end, that: false };
  // "said simply: “…”", "added bluntly: …", "said flatly that …": a manner adverb, then the colon or "that"
  const after = toks[i + 1];
  if (
    next?.word &&
    /ly$/i.test(next.text) &&
    (after?.text === ":" || (after?.word && lower(after) === "that"))
  )
    return { pos: after.end, that: after.text !== ":" };
  return { pos: next ? next.start : (toks[toks.length - 1]?.end ?? 0), that: false };
}

/** The first word of an aside between commas: a preposition of the occasion, "as", a participle, an adverb. */
const ASIDE_OPENER =
  /^(?:in|at|on|during|after|before|without|with|amid|despite|under|via|through|according|as|[a-z]+ing|[a-z]+ly|most|again|once|later|earlier)$/;
/** The index of "that" after ", as did X,", ", in a statement,", ", citing the figures," opened at toks[i], or -1. */
function thatAfterAside(toks: Token[], i: number): number {
  if (!toks[i]?.word || !ASIDE_OPENER.test((toks[i] as Token).text)) return -1;
  for (let k = i + 1; k < Math.min(toks.length, i + 12); k++) {
    const u = toks[k] as Token;
    if (u.text === ",") return toks[k + 1]?.word && lower(toks[k + 1] as Token) === "that" ? k + 1 : -1;
    if (!u.word && !/^[’'.]$/.test(u.text)) return -1;
  }
  return -1;
}

/**
 * "that." or "that, saying …" after the verb: a "that" at i the sentence or a participle closes is a pronoun (not
 * "said that, according to the figures, …", "warned that, during the winter, …": an -ing preposition opens an
 * aside inside the clause).
 */
const closedThat = (toks: Token[], i: number): boolean =>
  closedAt(toks, i + 1) || (/^\p{Ll}+$/u.test(toks[i + 1]?.text ?? "") && closedAt(toks, i + 2));
/**
 * The sentence or a participle closes at toks[k] ("rejected that claim.", "disputed that account, saying …": one
 * word after "that" is its noun, "that" a determiner and the verb's object no clause).
 */
const closedAt = (toks: Token[], k: number): boolean =>
  /^[.;!?)]$/.test(toks[k]?.text ?? "") ||
  (toks[k]?.text === "," &&
    /^(?:\w+ing|and|but)$/i.test(toks[k + 1]?.text ?? "") &&
    !ING_PREPOSITIONS.test(toks[k + 1]?.text ?? ""));
/** Prepositions in -ing ("according to", "during", "following the vote"). */
const ING_PREPOSITIONS =
  /^(?:according|during|following|including|regarding|concerning|notwithstanding|considering|excluding|barring|pending|starting|beginning)$/i;

const PRONOUN_THAT_VERB =
  /^(?:is|was|isn['’]t|wasn['’]t|would|wouldn['’]t|will|won['’]t|has|had|could|couldn['’]t|can|cannot|can['’]t|must|should|might|may|seems|seemed|sounds|sounded|means|meant|remains|remained)$/;
