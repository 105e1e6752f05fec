// The noun a speaker phrase's last words modify: "people close to him", "officials familiar with the matter".
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import { INSTITUTION_HEADS, POST_MODIFIERS } from "./lexicon.ts";
import { isPluralPeople, PP_LINKS } from "./phrase-words.ts";
import { participleAfterHead } from "./reached-by.ts";
import type { SourceSpan } from "./source.ts";
import { plainNounPhrase } from "./speaker-start.ts";

/** "in charge of", "on behalf of" (nearest first, the words before "of"). */
const COMPOUND_PREPOSITION = /^(?:charge in|behalf on)$/i;
/** Conjunctions that open a clause of their own: no relative clause reaches across them. */
const SUBORDINATORS =
  /^(?:since|because|although|though|while|whereas|unless|until|if|when|whether|after|before)$/i;
/** Prepositions of place or way after a participle, besides PP_LINKS. */
const PLACE_LINKS = /^(?:near|through|across|along|around|outside|into|toward|towards|past|behind|beside)$/;
const PEOPLE_HEADS = new Set(
  (
    "members families relatives friends leaders head heads officials spokesman spokeswoman spokesperson people experts analysts residents staff " +
    // one person known by whose kin, owner or head they are ("the mother of the boy", "the owner of the restaurant")
    "family mother father wife husband son daughter brother sister widow widower parent parents partner fiancé fiancée " +
    "girlfriend boyfriend uncle aunt cousin nephew niece grandmother grandfather grandson granddaughter friend neighbour neighbor " +
    "owner owners director directors manager chief boss founder president chairman chairwoman chair captain coach principal " +
    "headteacher lawyer lawyers attorney attorneys solicitor leader member ceo police authorities"
  ).split(" "),
);

/**
 * The noun that the words ending at toks[idx] (nearest first) modify, when they are the object of a
 * post-modifier («people close to [him]», «officials familiar with [the matter]») or of a relative
 * clause («Republicans who attended [the meeting]»).
 */
export function modifiedHead(
  toks: Token[],
  read: (nearestFirst: Token[]) => SourceSpan | null,
  idx: number,
): SourceSpan | null {
  if (idx < 0) return null;
  // "officials in [the northern city of] Porto": a place named by its kind is read as the place itself
  const placeKind = placeKindBefore(toks, idx);
  if (placeKind > idx) return modifiedHead(toks, read, placeKind);
  const link = toks[idx + 1];
  const modifier = toks[idx + 2];
  if (link?.word && PP_LINKS.has(lower(link)) && modifier?.word && POST_MODIFIERS.has(lower(modifier))) {
    const head = read(toks.slice(idx + 3));
    const phrase = head && !head.pronoun ? head : plainNounPhrase(toks, idx + 3);
    // ("A person who was briefed on [the talks]": no head before the participle; a relative clause may open it)
    if (phrase) return phrase;
  }
  // "officials in charge of [the site]", "lawyers on behalf of [the families]": a compound preposition after the head
  if (
    link?.word &&
    lower(link) === "of" &&
    COMPOUND_PREPOSITION.test(`${modifier?.text} ${toks[idx + 3]?.text}`)
  ) {
    const head = read(toks.slice(idx + 4));
    if (head && !head.pronoun) return head;
  }
  // "residents of [the camp]", "analysts at [the firm]", "residents near [the plant]": a people noun, then its
  // prepositional phrase
  if (
    link?.word &&
    /^(?:of|at|from|in|for|near|on|aboard)$/.test(lower(link)) &&
    modifier?.word &&
    /^[a-z]/i.test(modifier.text)
  ) {
    const noun = lower(modifier);
    // (and a body: "the regional health authority in Cluj")
    if (isPluralPeople(noun) || PEOPLE_HEADS.has(noun) || INSTITUTION_HEADS.has(noun)) {
      const head = read(toks.slice(idx + 2));
      return head && !head.pronoun ? head : null;
    }
  }
  // "The agency overseeing [the project]", "the group representing [the families]": a participle after the head
  if (participleAfterHead(toks, idx + 1)) {
    const head = read(toks.slice(idx + 2));
    if (head && !head.pronoun) return head;
  }
  // "Farmers' groups invited to [the hearing]", "Parents waiting at [the school]": a plural noun, a participle, its preposition
  // ("Protesters marching through [the streets]", "Residents living near [the plant]": a preposition of place too)
  const plural = toks[idx + 3];
  if (
    link?.word &&
    (PP_LINKS.has(lower(link)) || PLACE_LINKS.test(link.text)) &&
    modifier?.word &&
    /^[a-z]+(?:ed|ing)$/.test(modifier.text) &&
    plural?.word &&
    /^\p{L}[a-z]+s$/u.test(plural.text)
  ) {
    const head = read(toks.slice(idx + 3));
    if (head && !head.pronoun) return head;
  }
  // a short relative clause right before: "who attended", "that heard"
  // ("warnings that the talks were fruitless since the specialist …": a clause of its own ends the reach)
  // ("farmers who grow rice, the minister said": a comma ends the object; the phrase after it is no object)
  if (!toks[idx + 1]?.word || SUBORDINATORS.test(toks[idx + 1]?.text ?? "")) return null;
  for (let j = idx + 2; j < Math.min(toks.length, idx + 7); j++) {
    const t = toks[j] as Token;
    if (!t.word) return null;
    if (SUBORDINATORS.test(t.text)) return null;
    if (lower(t) === "who" || lower(t) === "that") {
      const head = read(toks.slice(j + 1));
      return head && !head.pronoun ? head : null;
    }
  }
  return null;
}

const PLACE_KINDS =
  /^(?:city|town|village|region|province|state|district|county|island|port|capital|suburb|neighbourhood|neighborhood)$/;
/**
 * "[Porto] of city northern the in" (nearest first from toks[idx], the place's name): the index of "the" that
 * opens "the northern city of", so that the preposition before it follows; or -1.
 */
function placeKindBefore(toks: Token[], idx: number): number {
  const of = toks[idx + 1];
  if (!of || lower(of) !== "of" || !PLACE_KINDS.test(toks[idx + 2]?.text ?? "")) return -1;
  for (let j = idx + 3; j < idx + 6; j++) {
    const t = toks[j];
    if (!t?.word) return -1;
    if (/^(?:the|a)$/i.test(t.text)) return /^(?:in|of|from|at|near)$/.test(toks[j + 1]?.text ?? "") ? j : -1;
    if (!/^[a-z][a-z-]*$/.test(t.text)) return -1;
  }
  return -1;
}
