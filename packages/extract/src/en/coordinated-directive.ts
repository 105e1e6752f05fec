import type { Draft } from "../draft.ts";

/**
 * "Senator X said the state should pay, and called on the minister to bring a plan": a request to someone, joined
 * to a claim by "and", is an act, not a claim of its own (English gold counts no directive). Only the shape
 * "called on / urged / asked + hearer + to + verb" after "and" is dropped; a "called for" with its object stays.
 */
const DIRECTIVE_CUE =
  /^(?:(?:also|then|later|repeatedly)\s+)?(?:call(?:s|ed)?\s+on|urg(?:e|es|ed)|ask(?:s|ed)?)$/i;
/** The one asked (a few words, no clause mark) and the infinitive of the request. */
const HEARER_THEN_INFINITIVE = /^(?:[\p{L}\p{N}.’'-]+\s+){1,8}?to\s+\p{Ll}/u;

export function coordinatedDirective(text: string, d: Draft): boolean {
  if (!d.rules.includes("en.coordinated-verb")) return false;
  if (!DIRECTIVE_CUE.test(text.slice(d.cueStart, d.cueEnd))) return false;
  const content = text.slice(d.contentStart, d.contentEnd);
  return !/[“"‘]/.test(content) && HEARER_THEN_INFINITIVE.test(content);
}
