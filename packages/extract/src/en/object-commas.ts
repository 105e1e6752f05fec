/**
 * Commas inside an object phrase: the object of a weak verb ends at its first comma ("praised the plan, which
 * …"), but not at the comma of a list ("called the ruling a sham, unfair and cruel"), of a name set beside its
 * role ("thanked the coach, Ana Ruiz"), or of a place and its state ("criticized Tulsa, Okla., police").
 */
import { FINITE } from "./auxiliaries.ts";
import { usState } from "./us-states.ts";

/** The words between two commas (or a comma and the end) of a list, the last joined by "and"/"or". */
const LIST_ITEM = /^[\s\u00A0]+(?:[\p{L}\p{N}’'$%.-]+[\s\u00A0]+){0,7}?[\p{L}\p{N}’'$%.-]+[\s\u00A0]*$/u;
const LAST_ITEM = /^[\s\u00A0]+(?:[\p{L}\p{N}’'$%.-]+[\s\u00A0]+){0,7}?(?:and|or)[\s\u00A0]+\S/u;
/**
 * A listed item opens with no clause link ("which", "who"), the writer's turn ("but", "including") or a
 * circumstance ("without", "after").
 */
const NOT_AN_ITEM =
  /^[\s\u00A0]+(?:which|who|whom|whose|where|when|while|but|and|or|including|such|as|although|though|because|even|saying|adding|according|without|with|after|before|during|despite|in|on|at|by|from|for|since|until|unless|if)\b/i;
/** An item with a finite verb ("President Obama is rolling out …") is a clause of its own, not a listed item. */
const hasFiniteVerb = (piece: string): boolean =>
  piece.split(/[\s\u00A0]+/).some((w) => FINITE.test(w.toLowerCase()));
const isItem = (piece: string): boolean => !NOT_AN_ITEM.test(piece) && !hasFiniteVerb(piece);
const GERUND = /^[\s\u00A0]+[a-z]+ing\b/;
const THEN_VERB = /^[\s\u00A0]+then[\s\u00A0]+[a-z]+[\s\u00A0]/;
const INCLUDING = /^[\s\u00A0]+including[\s\u00A0]/;
/** A name beside a role: one to four capitalised words ("Lonnie Bunch", "Ariel Quiros and William Stenger"). */
const NAME =
  /^[\s\u00A0]+\p{Lu}[\p{L}’'.-]*(?:[\s\u00A0]+(?:and[\s\u00A0]+)?\p{Lu}[\p{L}’'.-]*){1,4}[\s\u00A0]*$/u;
/** The role word before the name is lowercase ("the museum's director", "two developers"). */
const ROLE_BEFORE = /[\s\u00A0]\p{Ll}[\p{Ll}’'-]*$/u;

/**
 * Where the commas that stay inside the object (running to `end`) end, from the comma at `at`: `at` itself, or
 * the comma closing a name set off by two; -1 when the object ends at this comma.
 */
export function objectGoesOnAt(text: string, start: number, at: number, end: number): number {
  const pieces: string[] = [];
  let from = at + 1;
  for (let next = text.indexOf(",", from); next >= 0 && next < end; next = text.indexOf(",", from)) {
    pieces.push(text.slice(from, next));
    from = next + 1;
  }
  pieces.push(text.slice(from, end));
  const first = pieces[0] as string;
  const closing = at + 1 + first.length;
  // "attacks on Machado, including Friday's tweets": the members of the object's noun
  if (INCLUDING.test(first)) return pieces.length > 1 ? closing : at;
  // "planned to revive ticket sales, then hand the site over": a second infinitive the first one's "to" governs
  if (THEN_VERB.test(first) && /^to[\s\u00A0]/.test(text.slice(start, at))) return at;
  if (NOT_AN_ITEM.test(first)) return -1;
  // ("invoked the act late Monday, freeing up crews and …": a participle of the writer's, unless the object is
  // itself a list of gerunds: "called for cutting fees, raising wages and …")
  if (GERUND.test(first) && !GERUND.test(` ${text.slice(start, at)}`)) return -1;
  // "a sham, unfair and cruel", "to cut taxes, raise wages, and build roads"
  for (const piece of pieces) {
    if (!isItem(piece)) break;
    if (LAST_ITEM.test(piece)) return at;
    if (!LIST_ITEM.test(piece)) break;
  }
  // "Tulsa, Okla., police officer …"
  if (pieces.length > 1 && usState(first.trim())) return closing;
  // "the museum's director, Lonnie Bunch" (closing the object, or set off by a second comma)
  if (NAME.test(first) && ROLE_BEFORE.test(text.slice(Math.max(start, at - 30), at)))
    return pieces.length > 1 ? closing : at;
  return -1;
}
