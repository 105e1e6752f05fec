/** Where English reported content starts after its cue: past the hearer, time words, "in a statement", "that". */

import type { Token } from "../text/tokens.ts";
import { FINITE_AUX } from "./auxiliaries.ts";
import {
  afterCourtPlace,
  afterHere,
  afterPlaceAndDay,
  afterSentenceAdverb,
  colonAfterAdjunct,
  pronounAfterAdjunct,
} from "./content-start-adjuncts.ts";
import { afterCalendarDate, afterDaysAgo, afterTimeZone, possessiveTime } from "./content-start-times.ts";
import { namesBeforeVerb } from "./coordinated-subject.ts";
import { capitalHearerEnd, ofHearerEnd, personHearerEnd, stationNumber } from "./hearer-end.ts";
import { HEARER_VERBS, TIME_WORDS } from "./lexicon.ts";
import { afterLinkingAdverb } from "./linking-adverbs.ts";
import { afterOccasionBeforeDay } from "./occasion-then-day.ts";
import { ampersandInName, thatWithin } from "./that-within.ts";
import { afterUnderQuestioning } from "./under-questioning.ts";
import { ADJUNCT_START, lower, OBJECT_PRONOUNS } from "./verbs.ts";

/** Hearers after a determiner ("told the crowd", "told the jury", "told the council", "told the newspaper"). */
const AUDIENCE =
  /^(?:crowd|audience|court|jury|judge|committee|panel|conference|briefing|meeting|assembly|hearing|gathering|rally|council|board|commission|inquiry|inquest|tribunal|magistrate|coroner|senate|legislature|parliament|chamber|newspaper|paper|magazine|broadcaster|station|programme|program|podcast|outlet|website|agency)$/i;
/**
 * Hearers without a determiner ("told jurors", "told councillors", "told parliament"), besides those of
 * OBJECT_PRONOUNS.
 */
const BARE_HEARERS =
  /^(?:parliament|cabinet|congress|senate|jurors|magistrates|councillors|councilors|legislators|parliamentarians|mourners|worshippers|congregants|diplomats|employees|staff|officers|troops|pupils|parents|residents|police|investigators|detectives|prosecutors|officials|inspectors|regulators|paramedics|medics|doctors|nurses|firefighters|fans|guests|customers|ministers|members|workers|volunteers|farmers|traders|shareholders|bankers|executives|voters|students|teachers|soldiers|cadets|graduates)$/;
/** Hearer verbs that always name their hearer ("told X …", "reminded voters …", not "warned Kenya Airways had …"). */
const HEARER_ALWAYS = new Set(["tell", "assure", "inform", "remind"]);
/** Hearer verbs whose hearer and infinitive make one request ("urged Congress to act"). */
const REQUEST_VERBS = new Set(["urge", "exhort", "ask", "advise", "remind"]);
/** Verbs that take their topic with "of" before the content ("said of the decision: …"). */
const SAID_OF = new Set(["say", "write", "add", "tell"]);

// Helpers of hot functions live at module level: under tsx (keepNames) an inner arrow function is
// re-wrapped with __name on every call, which costs more than the helper itself.

/**
 * A clause opened between the hearer and the "that" at k, by a finite auxiliary after the hearer's first words:
 * the index of its subject pronoun if any, else 0; -1 when none (or a question word opens the content first:
 * "told host X how surprised he is that …").
 */
function clauseBefore(toks: Token[], from: number, k: number): number {
  let subject = 0;
  for (let j = from + 2; j < k; j++) {
    const w = (toks[j] as Token).text;
    if (/^(?:how|what|why|whether|if|when|where|who)$/i.test(w)) return -1;
    if (!subject && /^(?:he|she|it|they|we|i)$/.test(w)) subject = j;
    if (FINITE_AUX.test(w)) return subject;
  }
  return -1;
}

/** Words that end a hearer phrase without opening a clause of their own subject. */
// ("told reporters as he left the court that …": a clause of time, not the content's subject)
const NOT_HEARER =
  /^(?:that|who|whom|which|to|if|whether|and|or|but|when|while|as|after|before|once|until|how|why|what|about|of|on|in|at)$/i;
/**
 * A subject pronoun after the hearer and before a later "that" at k ("told a public inquiry he was never
 * warned that …", "told reporters she believed that …"): its index, or -1.
 */
function subjectAfterHearer(toks: Token[], i: number, k: number): number {
  for (let p = i + 1; p < Math.min(k, i + 6); p++) {
    const t = toks[p] as Token;
    const prev = toks[p - 1] as Token;
    if (!prev.word || NOT_HEARER.test(prev.text)) return -1;
    if (/^(?:he|she|they|we|i)$/.test(t.text) && toks[p + 1]?.word) return p;
  }
  return -1;
}

const WEB_ADDRESS =
  /^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|is|ie|uk|ng|za|ke|in|pk|bd|au|nz|ca|co|news|info)$/;

/** Skips what stands between a verb and its content: a hearer, time words, "in a statement", "that". */
export function contentStartAfter(toks: Token[], from: number, base: string): { pos: number; that: boolean } {
  let i = from;
  // ("scolded him: “…”", "chided them: “…”": the one addressed, then the words after the colon)
  const addressed = toks[i];
  if (addressed?.word && OBJECT_PRONOUNS.has(lower(addressed)) && toks[i + 1]?.text === ":" && toks[i + 2])
    return { pos: (toks[i + 2] as Token).start, that: false };
  if (HEARER_VERBS.has(base)) {
    const k = thatWithin(toks, i, 14);
    // "will ask police units to shoot bears that stray …": after a request's infinitive, "that" is relative
    const requestFirst =
      k >= 0 && REQUEST_VERBS.has(base) && toks.slice(i, k).some((t) => t.word && lower(t) === "to");
    // "has told a public inquiry he was never warned that …": the clause opened before the "that"
    const subject = k >= 0 && !requestFirst ? subjectAfterHearer(toks, i, k) : -1;
    if (subject >= 0) return { pos: (toks[subject] as Token).start, that: false };
    // ("told reporters the team had played well that day": a finite verb before the "that" opened the clause;
    // "told USA Today's weekly series it is clear … that": from its subject pronoun)
    const opened = k >= 0 && !requestFirst ? clauseBefore(toks, i, k) : -1;
    if (opened > 0) return { pos: (toks[opened] as Token).start, that: false };
    if (k >= 0 && !requestFirst && opened < 0) return { pos: (toks[k] as Token).end, that: true };
    let n = 0;
    // "told members of Congress the plan …", "told residents of the town the water …": the "of"-phrase is the hearer's
    const ofEnd = REQUEST_VERBS.has(base) ? -1 : ofHearerEnd(toks, i);
    if (ofEnd >= 0) i = ofEnd;
    while (ofEnd < 0 && i < toks.length && n < 6) {
      const t = toks[i] as Token;
      // "told the BBC Kenya had agreed …", "told Sky News London was …": an outlet's or body's name ends the hearer
      const named = /^\p{Lu}/u.test(t.text) ? capitalHearerEnd(toks, i) : -1;
      if (named >= 0) {
        i = named;
        break;
      }
      // "told Smith Kenya had agreed …": a person as hearer before the words' own capitalised subject
      const person = n === 0 && HEARER_ALWAYS.has(base) ? personHearerEnd(toks, i) : -1;
      if (person >= 0) {
        i = person;
        break;
      }
      // "told mbl.is she was …", "told news24.com the …": a news site by its web address is the hearer
      if (n === 0 && t.word && WEB_ADDRESS.test(t.text)) {
        i++;
        break;
      }
      // "told the BBC's Today programme Kenya had …": the programme or paper after its outlet's name ends it
      if (n > 0 && AUDIENCE.test(t.text) && /^\p{Lu}/u.test(toks[i - 1]?.text ?? "")) {
        i++;
        break;
      }
      // ("told The P&J on Friday the rise …", "told AT&T staff": an ampersand inside a name joins it)
      if (n > 0 && ampersandInName(toks, i)) {
        i += 2;
        continue;
      }
      if (!t.word) break;
      // "told the forum he was …": a determiner-led hearer right before a pronoun subject
      const hearerThenSubject =
        n === 0 &&
        /^(?:the|his|her|their)$/i.test(t.text) &&
        toks[i + 1]?.word &&
        toks[i + 2]?.word &&
        /^(?:he|she|they|it|we|i)$/i.test((toks[i + 2] as Token).text);
      // "told the crowd the plan …", "told the court she …": a determiner and an audience noun
      // (not "asked the crowd to welcome …": there the hearer is part of the request)
      // ("told a news conference the delay …", "told a press briefing": the kind of gathering before it)
      const gathering = /^(?:news|press|media)$/i.test(toks[i + 1]?.text ?? "") ? 1 : 0;
      if (
        n === 0 &&
        HEARER_ALWAYS.has(base) &&
        /^(?:the|a|an)$/i.test(t.text) &&
        AUDIENCE.test(toks[i + 1 + gathering]?.text ?? "")
      ) {
        i += 2 + gathering;
        break;
      }
      if (hearerThenSubject) {
        i += 2;
        break;
      }
      // "Reservoir boss tells inquiry he …": a headline's audience without its determiner, then the subject
      if (
        n === 0 &&
        base === "tell" &&
        AUDIENCE.test(t.text) &&
        /^(?:he|she|they|it|we|i)$/i.test(toks[i + 1]?.text ?? "")
      ) {
        i++;
        break;
      }
      // "told jurors the report was …": a bare plural hearer
      // ("told police officers he …", "told cabinet colleagues the …": two hearer nouns make one hearer; not
      // "told parliament reporters had been misled", where the second opens the content)
      if (n === 0 && HEARER_ALWAYS.has(base) && BARE_HEARERS.test(t.text)) {
        // ("reminded voters nurses had …": a second noun before a verb is the clause's subject)
        const second = toks[i + 1]?.text ?? "";
        const hearer =
          (BARE_HEARERS.test(second) || (/s$/.test(second) && OBJECT_PRONOUNS.has(second))) &&
          !VERB_AFTER.test(toks[i + 2]?.text ?? "");
        i += hearer ? 2 : 1;
        break;
      }
      // "told the BBC the figures were …", "told the Guardian she …": "the" before a capitalised hearer
      if (n === 0 && base === "tell" && lower(t) === "the" && /^\p{Lu}/u.test(toks[i + 1]?.text ?? "")) {
        i++;
        n++;
        continue;
      }
      // "told AFP her client …": after the hearer, "her" opens the content as a possessive
      if (n > 0 && lower(t) === "her") break;
      // ("told reporters Kenya and Uganda had agreed …": names, then a verb, open the words)
      if (n > 0 && namesBeforeVerb(toks, i)) break;
      if (
        OBJECT_PRONOUNS.has(lower(t)) ||
        /^\p{Lu}/u.test(t.text) ||
        // ("told KTVB 7 on Thursday his …": a station's number after its name)
        (n > 0 && stationNumber(toks, i)) ||
        (n > 0 && lower(t) === "of") ||
        // "told members of the Senate", not "told reporters the president was …"
        (n > 0 && lower(t) === "the" && /^\p{Lu}/u.test(toks[i + 1]?.text ?? ""))
      ) {
        i++;
        n++;
      } else break;
    }
    // "urged North Korea to resume talks": the one urged is part of the request
    if (i > from && REQUEST_VERBS.has(base) && toks[i]?.word && lower(toks[i] as Token) === "to")
      return { pos: (toks[from] as Token).start, that: false };
    // ("urged her brother to leave", "asked her supporters to vote": "her" is the possessive of the one asked)
    if (i === from + 1 && REQUEST_VERBS.has(base) && possessiveHer(toks, from))
      return { pos: (toks[from] as Token).start, that: false };
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
        afterCourtPlace(toks, afterSentenceAdverb(toks, afterLinkingAdverb(toks, i))),
      ),
    ),
  );
  const t = toks[i];
  if (
    t?.word &&
    (ADJUNCT_START.has(lower(t)) || TIME_WORDS.has(lower(t))) &&
    !AT_LEAST.test(following(toks, i))
  ) {
    // ("said in a Facebook post on the night of the outage that …": a medium and its time run long)
    const k = thatWithin(toks, i, /^(?:in|on|at|during)$/i.test(t.text) ? 14 : 10);
    if (k >= 0) return { pos: (toks[k] as Token).end, that: true };
    // "said in a statement: “…”", "said at a news conference on Monday: …": the occasion, then the colon
    const colon = colonAfterAdjunct(toks, i);
    if (colon >= 0) return { pos: (toks[colon] as Token).end, that: false };
    // "said late Tuesday", "said early on Monday": the part of the day before the day
    const dayWord = toks[i + 1];
    if (
      /^(?:late|early)$/i.test(t.text) &&
      dayWord?.word &&
      (TIME_WORDS.has(lower(dayWord)) || lower(dayWord) === "on")
    )
      i++;
    // "told reporters at Parliament House on Thursday the government …": a named place, then the day
    i = afterPlaceAndDay(toks, i);
    // "said at a government meeting on Tuesday the contractor …": a lowercase occasion, then its day
    i = afterOccasionBeforeDay(toks, i);
    // "said Monday", "said on Monday" before the content
    const on = toks[i] as Token;
    if (lower(on) === "on" && toks[i + 1] && TIME_WORDS.has(lower(toks[i + 1] as Token))) i++;
    let j = i;
    while (j < toks.length && toks[j]?.word && TIME_WORDS.has(lower(toks[j] as Token))) j++;
    // ("said Sunday evening's blast killed …": the day of a possessive is the content's, not the statement's)
    if (!possessiveTime(toks[j])) i = j;
    i = afterCalendarDate(toks, afterTimeZone(toks, i));
    // "said in a statement it would …", "said on Telegram they had …": the medium, then the clause
    const subject = pronounAfterAdjunct(toks, i);
    if (subject >= 0) i = subject;
  }
  const next = toks[i];
  // ("says that is “not good enough”": a "that" with a verb right after it is the subject, a pronoun)
  // ("rejected that, saying …": a "that" the punctuation closes is the pronoun, the verb's object)
  if (
    next?.word &&
    lower(next) === "that" &&
    !PRONOUN_THAT_VERB.test(toks[i + 1]?.text ?? "") &&
    !closedThat(toks, i)
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
  /^[.;!?)]$/.test(toks[i + 1]?.text ?? "") ||
  (toks[i + 1]?.text === "," &&
    /^(?:\w+ing|and|but)$/i.test(toks[i + 2]?.text ?? "") &&
    !ING_PREPOSITIONS.test(toks[i + 2]?.text ?? ""));
/** An auxiliary or a past form: the noun before it is a clause's subject ("reporters had been misled"). */
const VERB_AFTER =
  /^(?:had|has|have|was|were|is|are|would|will|could|can|should|may|might|must|did|do|does|[a-z]+ed)$/i;
/** Prepositions in -ing ("according to", "during", "following the vote"). */
const ING_PREPOSITIONS =
  /^(?:according|during|following|including|regarding|concerning|notwithstanding|considering|excluding|barring|pending|starting|beginning)$/i;

const PRONOUN_THAT_VERB =
  /^(?:is|was|isn['’]t|wasn['’]t|would|wouldn['’]t|will|won['’]t|has|had|could|couldn['’]t|can|cannot|can['’]t|must|should|might|may|seems|seemed|sounds|sounded|means|meant|remains|remained)$/;

/** "at least", "at most": a bound on the number the content opens with, no place ("said at least 40 died"). */
const AT_LEAST = /^at (?:least|most)$/i;
/** The words of toks[i] and the token after it, one space apart. */
const following = (toks: Token[], i: number): string => `${toks[i]?.text ?? ""} ${toks[i + 1]?.text ?? ""}`;

/** toks[at] is "her" before a lowercase noun (one or two words) and "to": "her brother to", "her top aides to". */
function possessiveHer(toks: Token[], at: number): boolean {
  if (lower(toks[at] as Token) !== "her") return false;
  const noun = toks[at + 1];
  if (!noun?.word || !/^[a-z]+$/.test(noun.text) || /^(?:to|that|the|a|an|not)$/.test(noun.text))
    return false;
  return (
    lower(toks[at + 2] as Token) === "to" || (toks[at + 2]?.word === true && toks[at + 3]?.text === "to")
  );
}
