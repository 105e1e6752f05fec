import { spacedWordBefore } from "../text/chars.ts";
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { FINITE_AUX, MODALS } from "./auxiliaries.ts";
import { CIRCUMSTANCE_PARTICIPLE, TIME_WORDS, VERB_FORMS } from "./lexicon.ts";

/**
 * Token k ends a clause with a comma: "," itself, or a closing quote right after one (American style puts
 * the comma inside: 'backed the plan “in principle,” arguing that …').
 */
export const commaCloses = (toks: Token[], k: number): boolean =>
  toks[k]?.text === "," || (/^[”"’]$/.test(toks[k]?.text ?? "") && toks[k - 1]?.text === ",");

/** Words after an -ing form that make it a verb opening its object or adjunct ("a statement calling the …"). */
const OPENS_AFTER_ING =
  /^(?:the|a|an|his|her|their|its|this|that|these|those|him|them|it|us|for|of|about|on|in|at|to|from|with|by|over|after|before|during|while|when|up|out)$/;
/** "saying", "claiming": -ing forms that only report, never a compound's modifier. */
const SPEECH_ONLY_ING =
  /^(?:saying|stating|claiming|alleging|asserting|insisting|arguing|adding|noting|urging|accusing|demanding|denying|confirming|declaring|explaining|suggesting|announcing|telling|describing|vowing|pledging|promising)$/;
/** "a statement", "a letter", "a spokesman": a message or its bearer, which the participle after it reports. */
const MESSAGE_NOUN =
  /^(?:statement|message|letter|post|note|report|notice|release|memo|e-?mail|tweet|video|circular|ruling|order|petition|motion|resolution|announcement|communiqu[eé]|document|filing|complaint|lawsuit|study|survey|speech|banner|sign|placard|poster|leaflet|flyer|spokes(?:man|woman|person)|official|source)$/;
/**
 * "an early warning system": an -ing form between an article's lowercase word and a lowercase noun is part of
 * a compound, no verb (not "a statement calling the test …", "a statement announcing the pick", "a statement
 * saying talks would resume", "a letter warning residents to …").
 */
export const compoundIng = (toks: Token[], i: number): boolean =>
  (toks[i] as Token).text.endsWith("ing") &&
  !SPEECH_ONLY_ING.test((toks[i] as Token).text) &&
  /^(?:a|an)$/i.test(toks[i - 2]?.text ?? "") &&
  /^[a-z-]+$/.test(toks[i - 1]?.text ?? "") &&
  !MESSAGE_NOUN.test(toks[i - 1]?.text ?? "") &&
  /^[a-z-]+$/.test(toks[i + 1]?.text ?? "") &&
  !OPENS_AFTER_ING.test(toks[i + 1]?.text ?? "");

/**
 * "national plans would …", "the reports will": an -s form right before a modal is a plural noun, no verb
 * (but "a move the city says will …": "says", "insists", "argues" are never nouns).
 */
export const pluralBeforeModal = (form: string, base: string, next: string): boolean =>
  form !== base && form.endsWith("s") && !NEVER_NOUNS.has(base) && MODALS.has(next);
/**
 * "Owner falsified checks, jury told", "…, MPs told": "told" closing its clause after a bare noun (no determiner,
 * no object) is a headline's passive — the hearers, no speaker.
 */
export const hearersTold = (toks: Token[], i: number): boolean => {
  if (toks[i]?.text !== "told" || (toks[i + 1] && !/^[.!]$/.test((toks[i + 1] as Token).text))) return false;
  const noun = toks[i - 1];
  const before = toks[i - 2]?.text ?? ",";
  return (
    !!noun?.word &&
    !/^(?:he|she|they|it|we|i|you|who)$/i.test(noun.text) &&
    (before === "," || before === ":" || /^[-–—]$/.test(before))
  );
};
/** Verbs of saying whose forms are never nouns ("says", "argues", "warns"). */
const NEVER_NOUNS = new Set(
  "say insist argue tell admit deny explain suggest believe think predict add warn".split(" "),
);
/** Finite forms of saying that no noun shares: the verb of a subject right before them. */
const FINITE_SAYING =
  /^(?:said|says|say|told|tells|wrote|writes|stated|showed|warned|added|claimed|noted|insisted|argued|declared)$/;
const DOCUMENT_PLURALS = /^(?:tweets|letters|emails|memos|posts|messages|texts|leaflets)$/i;
/** "the campaign tweets said": a plural document noun (t, in text) heads a subject when a finite "said" follows it. */
export const documentBeforeSaying = (text: string, t: Token): boolean =>
  DOCUMENT_PLURALS.test(t.text) &&
  FINITE_SAYING.test(/^\s+([a-z]+)/.exec(text.slice(t.end, t.end + 12))?.[1] ?? "");
/**
 * "the campaign tweets said …", "the police report says …": a verb's base or -s form right before a finite verb
 * of saying is the subject's noun, no verb (not "says reported cases …": "says" is never a noun).
 */
export const nounBeforeSaying = (form: string, base: string, next: string): boolean =>
  (form === base || form === `${base}s`) && !NEVER_NOUNS.has(base) && FINITE_SAYING.test(next);

/**
 * "wins in Richmond, Northcote and Albert Park showed …": the last of names listed after a lowercase word's
 * preposition (not a body's own name: "the Department for Environment, Food and Rural Affairs said").
 */
const LISTED_AFTER_PREPOSITION =
  /(?:^|[\s\u00A0])\p{Ll}[\p{L}’'-]*[\s\u00A0]+(?:in|of|from|at|for|with|by|between|including|across)[\s\u00A0]+(?:the[\s\u00A0]+)?\p{Lu}[\p{L}’'.-]*(?:[\s\u00A0]+\p{Lu}[\p{L}’'.-]*)*(?:,[\s\u00A0]+\p{Lu}[\p{L}’'.-]*(?:[\s\u00A0]+\p{Lu}[\p{L}’'.-]*)*)+,?[\s\u00A0]+and[\s\u00A0]+$/u;
// (the regex ends in "and": tested first, as most subjects have no "and" before them)
export const lastListedName = (text: string, start: number, floor: number): boolean =>
  spacedWordBefore(text, start, "and") &&
  LISTED_AFTER_PREPOSITION.test(text.slice(Math.max(floor, start - 120), start));

const CIRCUMSTANCE_LINK =
  /^(?:before|at|in|on|to|with|from|during|after|outside|inside|via|through|for|under|alongside)$/i;
/**
 * "Lee, testifying before the committee, said …", "writing in The Times": the participle at token i opens a
 * phrase that tells where or to whom the words were said (a preposition, no "that" or quote before its comma),
 * not what.
 */
export function circumstancePhrase(toks: Token[], i: number): boolean {
  if (!CIRCUMSTANCE_PARTICIPLE.test(toks[i]?.text ?? "") || !CIRCUMSTANCE_LINK.test(toks[i + 1]?.text ?? ""))
    return false;
  for (let j = i + 2; j < toks.length && toks[j]?.text !== ","; j++)
    if (/^(?:that|[“"‘])$/.test(toks[j]?.text ?? "")) return false;
  return true;
}

/** "The former said …": "former" as a noun (the first of two people just named) before toks[i] is its subject. */
export const formerAsSubject = (toks: Token[], i: number): boolean =>
  toks[i - 1]?.text.toLowerCase() === "former" && /^the$/i.test(toks[i - 2]?.text ?? "");

/**
 * "The strike will continue, union leader X told …": a comma right after the verb, then no quotation and no
 * "but"/"and" going on with it — the verb has no object there (its content would be someone else's clause).
 */
export const noObjectAfterComma = (text: string, cueEnd: number, contentStart: number): boolean =>
  /^[\s\u00A0]*,$/.test(text.slice(cueEnd, contentStart)) &&
  !/^[\s\u00A0]*(?:[“"‘]|(?:but|and)\b)/.test(text.slice(contentStart, contentStart + 8));

/** "residents told to stay home", "Villagers told to leave": "told" right before "to" is passive (no hearer). */
export const toldWithoutHearer = (toks: Token[], i: number): boolean =>
  /^told$/i.test(toks[i]?.text ?? "") && /^to$/i.test(toks[i + 1]?.text ?? "") && !!toks[i + 2]?.word;

/** `/[a-z]s$/` without a regex call: a lowercase letter, then a closing "s". */
const lowerThenS = (w: string): boolean => {
  const c = w.charCodeAt(w.length - 2);
  return w.endsWith("s") && c >= 97 && c <= 122;
};
const COUNTS =
  /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|dozens|hundreds|thousands)$/i;
/** "two calls a week", "40 reports", "three claims": an "-s" form after a count is a plural noun, never a verb. */
export const countedPlural = (toks: Token[], i: number): boolean =>
  lowerThenS(toks[i]?.text ?? "") && COUNTS.test(toks[i - 1]?.text ?? "");

/** "called climate change a hoax", "called Oz a quack": a short object, then "a"/"an" and what it is called. */
export function callsNameA(toks: Token[], i: number): boolean {
  for (let k = i + 2; k <= i + 5 && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (!t.word) return false;
    const w = lower(t);
    if (w === "a" || w === "an") return toks[k + 1]?.word === true;
    if (w === "to" || w === "for" || w === "on" || w === "in" || w === "at" || w === "and") return false;
  }
  return false;
}

const DETERMINERS_OF_NOUNS = /^(?:a|an|the|this|that|these|those|his|her|their|its|our|my|your)$/i;
/**
 * "his early-morning tweets attacking …": an "-s" form after a determiner and a hyphenated modifier is a plural
 * noun (not "The co-founder says prices will …": "says", "warns" are never nouns).
 */
export const pluralAfterCompoundModifier = (toks: Token[], i: number, base: string): boolean =>
  lowerThenS(toks[i]?.text ?? "") &&
  !NEVER_NOUNS.has(base) &&
  /^[a-z]+-[a-z-]+$/.test(toks[i - 1]?.text ?? "") &&
  DETERMINERS_OF_NOUNS.test(toks[i - 2]?.text ?? "");

/** Gatherings and ballots one "calls" into being ("called an emergency meeting", "call a snap election"). */
const CONVENED =
  /^(?:meetings?|hearings?|sessions?|summits?|conferences?|elections?|votes?|referendums?|referenda|strikes?|stoppages?|walkouts?|boycotts?|vigils?|recess|halt|truce|ceasefire|rally|rallies|caucus|inquiry|inquest|retreat|timeout|time-out)$/i;
/** Words that may follow a gathering one convenes: its purpose, time, place or the clause's next link. */
const AFTER_CONVENED =
  /^(?:to|for|on|in|at|of|over|with|after|before|because|and|but|or|when|while|amid|as|until|since|across|off|last|this|next|early|late|later|yesterday|today|tomorrow|tonight|nationwide|immediately|instead)$/;
/**
 * "called an emergency meeting to discuss …", "had called the hearing because …": the verb convenes, it names
 * nothing — unless the gathering is then called something ("called the hearing a sham", "… “a circus”", "called
 * the strike illegal", "called the election rigged": a lowercase word that is none of its purpose, time or place).
 */
export function convenesEvent(toks: Token[], i: number): boolean {
  if (summonsToEvent(toks, i)) return true;
  if (!DETERMINERS_OF_NOUNS.test(toks[i + 1]?.text ?? "")) return false;
  for (let k = i + 2; k <= i + 4 && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (!t.word) return false;
    if (CONVENED.test(t.text)) {
      const after = toks[k + 1];
      if (!after?.word) return !/^[“"‘]$/.test(after?.text ?? "");
      if (judgedOwnAct(toks, i + 1, k)) return false;
      return /^\p{Lu}/u.test(after.text) || AFTER_CONVENED.test(after.text);
    }
  }
  return false;
}

/**
 * "called her vote for the war a mistake": one's own vote or strike judged with "a/an" and a noun before the
 * clause ends (not "called its annual conference for May").
 */
function judgedOwnAct(toks: Token[], det: number, noun: number): boolean {
  if (!/^(?:his|her|their|its|our|my|your)$/i.test(toks[det]?.text ?? "")) return false;
  for (let k = noun + 1; k <= noun + 8 && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (!t.word) return false;
    if (/^(?:an?)$/i.test(t.text)) return !!toks[k + 1]?.word;
  }
  return false;
}

/**
 * "called the two sides to a meeting", "called the unions to talks": the verb summons people to a gathering
 * (not "called on the government to hold a meeting": an appeal).
 */
function summonsToEvent(toks: Token[], i: number): boolean {
  if (/^(?:on|upon|for)$/i.test(toks[i + 1]?.text ?? "")) return false;
  for (let k = i + 2; k <= i + 5 && k < toks.length; k++) {
    const t = toks[k] as Token;
    if (!t.word) return false;
    if (lower(t) !== "to") continue;
    const summonedTo = (n: number): boolean => !!toks[n]?.word && SUMMONED_TO.test(toks[n]?.text ?? "");
    // ("to talks", "to a meeting", "to an emergency session")
    if (summonedTo(k + 1)) return true;
    if (!/^(?:an?|the|its|their|his|her|our|fresh|new|urgent|emergency)$/i.test(toks[k + 1]?.text ?? ""))
      return false;
    return summonedTo(k + 2) || (!!toks[k + 2]?.word && summonedTo(k + 3));
  }
  return false;
}
const SUMMONED_TO =
  /^(?:meetings?|hearings?|sessions?|summits?|conferences?|talks|negotiations|table|order|account|arms|prayers?|rally|rallies|strikes?)$/i;

/** "held that", "held on Friday that": a "that" after at most three time words. */
export const thatSoon = (toks: Token[], i: number): boolean => {
  for (let k = i + 1; k < i + 5; k++) {
    const t = toks[k];
    if (!t?.word) return false;
    if (lower(t) === "that") return true;
    if (!TIME_WORDS.has(lower(t)) && lower(t) !== "on") return false;
  }
  return false;
};

/**
 * "Amara Obi reported from Kisumu.", "a report from Saturday that …": a byline's place or a noun, no claim (but
 * "reported from Kisumu, Kenya, that the floods …" reports what was found there).
 */
export function reportedFromPlace(toks: Token[], i: number): boolean {
  if (!/^from$/i.test(toks[i + 1]?.text ?? "")) return false;
  if (lower(toks[i] as Token) !== "reported") return true;
  for (let k = i + 2; k < Math.min(toks.length, i + 12); k++) {
    const t = toks[k] as Token;
    if (t.word && lower(t) === "that") return false;
    if (/^[.;:!?“”"]$/.test(t.text)) return true;
  }
  return true;
}

/**
 * "The phone, called the Fold X, has …", "A bakery, called Crumbs, opened …": a name given between commas
 * (a capitalised name after "called"), no speaker after the words before (not "“…,” called the boy", nor "…,
 * called the plan a disaster", nor "X, a senior adviser, called Mr. Obama's remarks “a wake-up call”").
 */
export function nameGivenBetweenCommas(toks: Token[], i: number): boolean {
  if (toks[i]?.text !== "called" || toks[i - 1]?.text !== "," || !toks[i - 2]?.word) return false;
  let k = lower(toks[i + 1] as Token) === "the" ? i + 2 : i + 1;
  const first = k;
  while (k < first + 5 && toks[k]?.word && /^\p{Lu}/u.test((toks[k] as Token).text)) k++;
  // the name closes the aside ("…, called the Fold X, has"), unlike an object ("…, called Mr. Obama's remarks …")
  const close = toks[k]?.text;
  return k > first && (close === undefined || close === "," || (close === "." && toks[k + 1] === undefined));
}

/** "had asked about refunds": a question's topic only, no words asked (the verb at toks[i], of base `base`). */
export const askedAbout = (toks: Token[], i: number, base: string): boolean =>
  base === "ask" && /^about$/i.test(toks[i + 1]?.text ?? "");

/**
 * toks[k] opens a relative clause: "which", or "that" after a noun ("a battery that …"; not "said that …", "ruled
 * that …", where "that" opens a verb's clause).
 */
function relativeOpener(toks: Token[], k: number): boolean {
  const t = toks[k];
  if (!t?.word) return false;
  if (lower(t) === "which") return true;
  const before = toks[k - 1];
  return (
    lower(t) === "that" &&
    !!before?.word &&
    !VERB_FORMS.has(lower(before)) &&
    !/(?:ed|ing)$/.test(before.text)
  );
}
/** A finite verb right after the cue: the relative clause's own subject is missing (the noun before "that"). */
const GAP_FINITE = /^(?:[a-z]{2,}(?:[^\Wsu]s|ed))$/;
/**
 * "a battery that the company claims lasts two days", "which it claims will …": a noun-like -s form after a
 * relative clause's subject (a pronoun, or a determiner and one or two words), with the clause's gap right after
 * it, is the verb, not a plural noun ("the company claims were rejected").
 */
export function gappedRelativeVerb(toks: Token[], i: number): boolean {
  const next = toks[i + 1]?.text ?? "";
  if (!FINITE_AUX.test(next) && !GAP_FINITE.test(next)) return false;
  if (/^(?:he|she|it)$/i.test(toks[i - 1]?.text ?? "")) return relativeOpener(toks, i - 2);
  for (let k = i - 2; k >= Math.max(1, i - 3); k--) {
    const t = toks[k] as Token;
    if (!t.word) return false;
    if (/^(?:the|its|his|her|their)$/i.test(t.text)) return relativeOpener(toks, k - 1);
  }
  return false;
}

const COUNT_WORDS =
  /^(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|several|many|more|fewer)$/i;
/** "41 confirmed cases", "three reported deaths": a participle between a count and its noun is an adjective. */
export const countedParticiple = (toks: Token[], i: number, w: string): boolean =>
  w.endsWith("ed") &&
  COUNT_WORDS.test(toks[i - 1]?.text ?? "") &&
  !!toks[i + 1]?.word &&
  /^[a-z]+s$/.test((toks[i + 1] as Token).text);
