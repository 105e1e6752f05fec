import { ORG_WORDS } from "./person-words.ts";

/** "Fishermen’s", "Seafarers’", "Journalists’": the possessive of a plural of people. */
const PEOPLE_POSSESSIVE = /^\p{Lu}\p{L}*(?:men[’']s|(?:er|or|ist|ant|ent|ian)s[’'])$/u;

/**
 * "the Jersey Fishermen’s Association", "the Ghana Journalists’ Union": a plural of people's possessive inside a
 * body's name (the run ends with a body's word) is part of that name, not the owner of a title.
 */
export const peoplePossessiveInBody = (words: string[], k: number): boolean =>
  PEOPLE_POSSESSIVE.test(words[k] as string) && ORG_WORDS.test(words[words.length - 1] as string);
