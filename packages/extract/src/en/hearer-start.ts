import type { Token } from "../text/tokens.ts";
import { FINITE_AUX } from "./auxiliaries.ts";
import { possessiveTime } from "./content-start-times.ts";
import { namesBeforeVerb } from "./coordinated-subject.ts";
import {
  capitalHearerEnd,
  ofHearerEnd,
  personHearerEnd,
  programmeHearerEnd,
  stationNumber,
} from "./hearer-end.ts";
import { isPluralPeople } from "./phrase-words.ts";
import { ampersandInName, thatWithin } from "./that-within.ts";
import { lower, OBJECT_PRONOUNS } from "./verbs.ts";

/** Hearers after a determiner ("told the crowd", "told the jury", "told the council", "told the newspaper"). */
const AUDIENCE =
  /^(?:crowd|audience|court|jury|judge|committee|panel|conference|briefing|meeting|assembly|hearing|gathering|rally|council|board|commission|inquiry|inquest|tribunal|magistrate|coroner|senate|legislature|parliament|chamber|newspaper|paper|magazine|broadcaster|station|programme|program|podcast|outlet|website|agency)$/i;
/**
 * Hearers without a determiner ("told jurors", "told councillors", "told parliament"), besides those of
 * OBJECT_PRONOUNS.
 */
const BARE_HEARERS =
  /^(?:parliament|cabinet|congress|senate|council|jurors|magistrates|councillors|councilors|commissioners|trustees|aldermen|selectmen|supervisors|delegates|senators|legislators|parliamentarians|mourners|worshippers|congregants|diplomats|employees|staff|officers|troops|pupils|parents|residents|police|investigators|detectives|prosecutors|officials|inspectors|regulators|paramedics|medics|doctors|nurses|firefighters|fans|guests|customers|ministers|members|workers|volunteers|farmers|traders|shareholders|bankers|executives|voters|students|teachers|soldiers|cadets|graduates)$/;
/** Hearer verbs that always name their hearer ("told X …", "reminded voters …", not "warned Kenya Airways had …"). */
const HEARER_ALWAYS = new Set(["tell", "assure", "inform", "remind"]);
/** Hearer verbs whose hearer and infinitive make one request ("urged Congress to act"). */
const REQUEST_VERBS = new Set(["urge", "exhort", "ask", "advise", "remind"]);
/** A request's verb, or "warn" ("warned North Korea to refrain from …"): the hearer and infinitive go together. */
const asksToAct = (base: string): boolean => REQUEST_VERBS.has(base) || base === "warn";

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

/**
 * Past the hearer of a hearer verb ("told reporters", "urged Congress to …"): where the content starts, or the
 * index of the token after the hearer.
 */
export function pastHearer(
  toks: Token[],
  from: number,
  base: string,
): { pos: number; that: boolean } | number {
  let i = from;
  const k = thatWithin(toks, i, 14);
  // "will ask police units to shoot bears that stray …", "warned residents to avoid roads that were flooded":
  // after a request's (or a warning's) infinitive, "that" is relative
  const requestFirst =
    k >= 0 &&
    (asksToAct(base) || base === "tell") &&
    toks.slice(i, k).some((t) => t.word && lower(t) === "to");
  // "has told a public inquiry he was never warned that …": the clause opened before the "that"
  const subject = k >= 0 && !requestFirst ? subjectAfterHearer(toks, i, k) : -1;
  if (subject >= 0) return { pos: (toks[subject] as Token).start, that: false };
  // ("told reporters the team had played well that day": a finite verb before the "that" opened the clause;
  // "told USA Today's weekly series it is clear … that": from its subject pronoun)
  const opened = k >= 0 && !requestFirst ? clauseBefore(toks, i, k) : -1;
  if (opened > 0) return { pos: (toks[opened] as Token).start, that: false };
  if (k >= 0 && !requestFirst && opened < 0) return { pos: (toks[k] as Token).end, that: true };
  i = hearerPhraseEnd(toks, i, base);
  // "urged North Korea to resume talks": the one urged is part of the request
  if (i > from && asksToAct(base) && toks[i]?.word && lower(toks[i] as Token) === "to")
    return { pos: (toks[from] as Token).start, that: false };
  // ("told residents to avoid roads that were flooded": what they were told to do, its relative "that" inside)
  if (requestFirst && i > from && toks[i]?.word && lower(toks[i] as Token) === "to")
    return { pos: (toks[i] as Token).start, that: false };
  // ("urged her brother to leave", "asked her supporters to vote": "her" is the possessive of the one asked)
  if (i === from + 1 && REQUEST_VERBS.has(base) && possessiveHer(toks, from))
    return { pos: (toks[from] as Token).start, that: false };
  return i;
}

/** The index after a hearer phrase opened at toks[from] ("the crowd", "reporters", "the BBC's Today programme"). */
function hearerPhraseEnd(toks: Token[], from: number, base: string): number {
  let i = from;
  let n = 0;
  // "told members of Congress the plan …", "told residents of the town the water …": the "of"-phrase is the hearer's
  const ofEnd = REQUEST_VERBS.has(base) ? -1 : ofHearerEnd(toks, i);
  if (ofEnd >= 0) i = ofEnd;
  while (ofEnd < 0 && i < toks.length && n < 6) {
    const t = toks[i] as Token;
    // (a body's or person's name, a web address, a programme after its outlet: the hearer ends there)
    const closed = hearerClosedAt(toks, i, n, base);
    if (closed >= 0) {
      i = closed;
      break;
    }
    // ("told The P&J on Friday the rise …", "told AT&T staff": an ampersand inside a name joins it)
    if (n > 0 && ampersandInName(toks, i)) {
      i += 2;
      continue;
    }
    if (!t.word) break;
    const first = firstHearerEnd(toks, i, n, base);
    if (first >= 0) {
      i = first;
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
  return i;
}

/** The end of a hearer that a name, a web address or a programme closes at toks[i] (n words in), or -1. */
function hearerClosedAt(toks: Token[], i: number, n: number, base: string): number {
  const t = toks[i] as Token;
  if (n === 0 && HEARER_ALWAYS.has(base)) {
    const programme = programmeHearerEnd(toks, /^(?:the|his|her|its|their)$/i.test(t.text) ? i + 1 : i);
    if (programme >= 0) return programme;
  }
  // "told the BBC Kenya had agreed …", "told Sky News London was …": an outlet's or body's name ends the hearer
  const named = /^\p{Lu}/u.test(t.text) ? capitalHearerEnd(toks, i) : -1;
  if (named >= 0) return named;
  // "told Smith Kenya had agreed …": a person as hearer before the words' own capitalised subject
  const person = n === 0 && HEARER_ALWAYS.has(base) ? personHearerEnd(toks, i) : -1;
  if (person >= 0) return person;
  // "told mbl.is she was …", "told news24.com the …": a news site by its web address is the hearer
  if (n === 0 && t.word && WEB_ADDRESS.test(t.text)) return i + 1;
  // "told the BBC's Today programme Kenya had …": the programme or paper after its outlet's name ends it
  if (n > 0 && AUDIENCE.test(t.text) && /^\p{Lu}/u.test(toks[i - 1]?.text ?? "")) return i + 1;
  return -1;
}

/** The end of a hearer whose first word toks[i] shapes it ("the crowd", "inquiry he", "jurors"), or -1. */
function firstHearerEnd(toks: Token[], i: number, n: number, base: string): number {
  const t = toks[i] as Token;
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
    return compoundEnd(toks, i + 1 + gathering);
  }
  if (hearerThenSubject) return i + 2;
  // "told yesterday’s council meeting the contractor had …", "told Tuesday's hearing she …": a day's gathering
  if (n === 0 && HEARER_ALWAYS.has(base) && possessiveTime(t)) {
    for (let k = i + 1; k < Math.min(toks.length, i + 5) && toks[k]?.word; k++)
      if (gatheringNoun(toks[k])) return compoundEnd(toks, k);
  }
  // "Reservoir boss tells inquiry he …": a headline's audience without its determiner, then the subject
  if (
    n === 0 &&
    base === "tell" &&
    AUDIENCE.test(t.text) &&
    /^(?:he|she|they|it|we|i)$/i.test(toks[i + 1]?.text ?? "")
  ) {
    return i + 1;
  }
  // "told jurors the report was …": a bare plural hearer
  // ("told police officers he …", "told cabinet colleagues the …": two hearer nouns make one hearer; not
  // "told parliament reporters had been misled", where the second opens the content)
  // (any plural of people: "told fishermen in a letter", "told growers the plant …")
  if (n === 0 && HEARER_ALWAYS.has(base) && (BARE_HEARERS.test(t.text) || isPluralPeople(t.text))) {
    // ("reminded voters nurses had …": a second noun before a verb is the clause's subject)
    const second = toks[i + 1]?.text ?? "";
    const hearer =
      (BARE_HEARERS.test(second) || (/s$/.test(second) && OBJECT_PRONOUNS.has(second))) &&
      !VERB_AFTER.test(toks[i + 2]?.text ?? "");
    return i + (hearer ? 2 : 1);
  }
  return -1;
}

/** Gatherings named by their day ("yesterday’s sitting"), besides those of AUDIENCE. */
const DAY_GATHERING = /^(?:sitting|session|forum|debate|vigil|launch)$/i;

const gatheringNoun = (t: Token | undefined): boolean =>
  !!t?.word && (AUDIENCE.test(t.text) || DAY_GATHERING.test(t.text));
/** After the gathering noun at k, a second one makes one hearer with it ("the council meeting", "board hearing"). */
const compoundEnd = (toks: Token[], k: number): number =>
  /^\p{Ll}/u.test(toks[k + 1]?.text ?? "") && gatheringNoun(toks[k + 1]) ? k + 2 : k + 1;

/** An auxiliary or a past form: the noun before it is a clause's subject ("reporters had been misled"). */
const VERB_AFTER =
  /^(?:had|has|have|was|were|is|are|would|will|could|can|should|may|might|must|did|do|does|[a-z]+ed)$/i;

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
