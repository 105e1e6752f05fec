import type { MentionParse } from "../speakers.ts";

/**
 * "Qatar's foreign ministry", "Russia's defence ministry", "Ukraine's air force": a country's or body's
 * possessive, lowercase modifiers, then a public body's head — the body itself, named by the phrase (so that
 * "Qatar's Ministry of Foreign Affairs" met later is the same body). Null for anything else.
 */
const OWNED_BODY =
  /^(?:[Tt]he\s+)?\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)?[’']s\s+(?:[a-z-]+\s+){0,3}(?:ministry|department|army|military|navy|air\s+force|police|government|embassy|agency|regulator|central\s+bank|cabinet|presidency|parliament|foreign\s+office|interior|coast\s+guard)$/u;

export function ownedBody(clean: string): MentionParse | null {
  if (!OWNED_BODY.test(clean)) return null;
  return { name: clean.replace(/^[Tt]he\s+/, ""), title: null, kind: "organisation", pronoun: false };
}

/** "Qatar's Ministry of Foreign Affairs": a possessive owner before a body's name stays in the name. */
export const OWNER = /^\p{Lu}[\p{L}.-]*[’']s$/u;

/** "The Harbour Commission, the state agency that …": a body known by its title, then a description of what it is. */
// (not "The main opposition party, the Unity Front,": a body described first, then named)
export const describedBody = (head: MentionParse, description: string): boolean =>
  head.kind === "organisation" &&
  !!head.title &&
  !head.name &&
  /^(?:the|a|an)\s/i.test(description) &&
  !(/^the\s+\p{Lu}/u.test(description) && !/\p{Lu}/u.test(head.title));

/**
 * A description that only says where the head comes from ("from the universities of …", "at Leeds") or a
 * participle describing it ("circulated by France", "seen by POLITICO").
 */
export const DESCRIBES_HEAD =
  /^(?:from|at|of|with)\s|^(?:[a-z]+ed|seen|written|sent|drawn|shown|given|taken|made|known)\s+(?:by|to|in|on|at|with|for)\s/;

/**
 * "the authority's", "the ministry’s", "Tulsa police’s": a common noun's possessive, definite or after its place
 * (not a name's: "McDonald's").
 */
export const OWNER_OF_NOUN_CUE =
  /^(?:(?:the|this|that)\s+(?:[a-z-]+\s+){0,2}|(?:\p{Lu}[\p{L}.-]*\s+){1,4})[a-z-]+['’]s$/u;

/**
 * "The shire's draft plan", "the council's annual report", "the Shire of Broome's submission": a body's own
 * document speaks for the body (group 1: the body's words).
 */
export const BODYS_DOCUMENT =
  /^((?:the\s+)?(?:[a-z-]+\s+){0,2}[a-z-]+|(?:the\s+)?\p{Lu}[\p{L}-]*(?:\s+(?:of|for|and|\p{Lu}[\p{L}-]*)){0,5})['’]s\s+(?:[a-z-]+\s+){0,2}(?:plan|plans|report|budget|submission|proposal|strategy|policy|review|website|guidelines|figures|data|records|accounts|minutes)$/iu;
