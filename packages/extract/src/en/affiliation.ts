import type { MentionParse } from "../speakers.ts";
import { capital } from "./name-shape.ts";
import { abbreviation, bareWord, CAPITAL_TITLES, TITLE_HEADS } from "./person-words.ts";

type Parse = (raw: string) => MentionParse;

/**
 * "Political analyst Yogendra Pal of the Institute of Federal Studies": a person's full name, then "of/at/from
 * the" and the body they speak from (words[i] opens the body's name). The person is the speaker.
 */
export function personBeforeAffiliation(words: string[], i: number, parse: Parse): MentionParse | null {
  // ("Sarah Hill from Leeds", "Kenji Morikawa at Osaka University": where the person works, without "the")
  const link = words[i - 1] === "from" || words[i - 1] === "at" ? i - 1 : i - 2;
  if (
    link < 2 ||
    (link === i - 2 && words[i - 1] !== "the") ||
    !/^(?:of|at|from|with)$/.test(words[link] as string)
  )
    return null;
  if (!capital(words[link - 1])) return null;
  const person = parse(words.slice(0, link).join(" "));
  const nameWords = person.name?.split(" ") ?? [];
  if (person.kind !== "person" || person.pronoun || nameWords.length < 2) return null;
  if (nameWords.some((w) => CAPITAL_TITLES.has(w) || TITLE_HEADS.has(w))) return null;
  const title = [person.title, words.slice(link).join(" ")].filter(Boolean).join(" ");
  return { ...person, title };
}

/**
 * "Epidemiologist Ana Lobo of Kestrel University in Porto": a named person with the body they speak from,
 * then the town it is in (words[i] opens the town's name, at most three words). The person is the speaker.
 */
export function personInPlace(words: string[], i: number, parse: Parse): MentionParse | null {
  const link = i - 1;
  if (link < 4 || words[link] !== "in" || words.length - i > 3 || !capital(words[link - 1])) return null;
  const person = parse(words.slice(0, link).join(" "));
  if (person.kind !== "person" || person.pronoun || !person.title || !/\s/.test(person.name ?? ""))
    return null;
  return { ...person, title: `${person.title} ${words.slice(link).join(" ")}` };
}

/**
 * How many of `words` (a capitalised run before "of") open it as titles: "Economist" in "Economist Dina Marlow
 * of Westbrook University", so that the name before the body is still found.
 */
export function leadingTitleWords(words: string[]): number {
  let k = 0;
  while (
    k < words.length - 2 &&
    (CAPITAL_TITLES.has(words[k] as string) ||
      TITLE_HEADS.has(words[k] as string) ||
      !!abbreviation(bareWord(words[k] as string)))
  )
    k++;
  return k;
}
