import type { MentionParse } from "../speakers.ts";
import { capital } from "./name-shape.ts";
import { abbreviation, bareWord, CAPITAL_TITLES, ORG_WORDS, TITLE_HEADS } from "./person-words.ts";

type Parse = (raw: string) => MentionParse;

/**
 * "Political analyst Yogendra Pal of the Institute of Federal Studies": a person's full name, then "of/at/from
 * the" and the body they speak from (words[i] opens the body's name). The person is the speaker.
 */
function personBeforeAffiliation(words: string[], i: number, parse: Parse): MentionParse | null {
  // ("Sarah Hill from Leeds", "Kenji Morikawa at Osaka University": where the person works, without "the")
  // (no read at words[-1]: V8 looks a negative index up as a property name, hundreds of times slower)
  const prev = i > 0 ? words[i - 1] : undefined;
  // ("María Lobo of the consultancy EcoAndina", "Jon Perez of the think tank Bruegel": the body's kind, in
  // lowercase, between "the" and its name)
  let the = i - 1;
  while (the > i - 3 && the > 0 && /^[a-z]+$/.test(words[the] as string) && words[the] !== "the") the--;
  const link = prev === "from" || prev === "at" ? i - 1 : the - 1;
  if (
    link < 2 ||
    (link === the - 1 && words[the] !== "the") ||
    !/^(?:of|at|from|with)$/.test(words[link] as string)
  )
    return null;
  if (!capital(words[link - 1])) return null;
  // ("Director of Health Services at the MoH Dr Siti Aminah": an honorific after the body opens the name)
  if (
    words.some((w, k) => k > i && k < words.length - 1 && !!abbreviation(bareWord(w)) && namedAfter(words, k))
  )
    return null;
  const person = parse(words.slice(0, link).join(" "));
  const nameWords = person.name?.split(" ") ?? [];
  if (person.kind !== "person" || person.pronoun || nameWords.length < 2) return null;
  if (nameWords.some((w) => CAPITAL_TITLES.has(w) || TITLE_HEADS.has(w))) return null;
  const title = [person.title, words.slice(link).join(" ")].filter(Boolean).join(" ");
  return { ...person, title };
}

/** Capitalised words after words[k] to the end, no body's word among them: a person's name. */
const namedAfter = (words: string[], k: number): boolean => {
  const rest = words.slice(k + 1);
  return rest.every((w) => capital(w) || /^(?:bin|binti)$/.test(w)) && !ORG_WORDS.test(rest.join(" "));
};

/**
 * "Epidemiologist Ana Lobo of Kestrel University in Porto": a named person with the body they speak from,
 * then the town it is in (words[i] opens the town's name, at most three words). The person is the speaker.
 */
function personInPlace(words: string[], i: number, parse: Parse): MentionParse | null {
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

/**
 * The speaker of a mention whose last capitalised run (from words[i]) is where the speaker works, is or is
 * heard, not the speaker: "Yogendra Pal of the Institute of Federal Studies", "Ana Lobo of Kestrel University
 * in Porto", "Gary Neville on Sky Sports", "Doctors at the Royal Hospital in Belfast".
 */
export function affiliatedSpeaker(words: string[], i: number, parse: Parse): MentionParse | null {
  return (
    personBeforeAffiliation(words, i, parse) ??
    personInPlace(words, i, parse) ??
    personOnOutlet(words, parse) ??
    describedInPlace(words, i, parse)
  );
}

/**
 * "Roy Keane on Sky Sports", "Neville on BBC Radio 5 Live" (an inverted "said X on …"): a named person, then
 * "on" and the broadcaster or programme they spoke on, all capitalised words or numbers. The person speaks.
 */
function personOnOutlet(words: string[], parse: Parse): MentionParse | null {
  const on = words.indexOf("on");
  const outlet = words.slice(on + 1);
  if (
    on < 1 ||
    outlet.length > 5 ||
    !capital(outlet[0]) ||
    !outlet.every((w) => capital(w) || /^\d+$/.test(w))
  )
    return null;
  const person = parse(words.slice(0, on).join(" "));
  // (a bare name: not "Special Assistant to the Prime Minister on Power Ayesha Niazi", a title's portfolio)
  return person.kind === "person" && person.name && !person.title && !person.pronoun ? person : null;
}

/**
 * "Officials at the Ministry of Health in Kampala", "Doctors at the Royal Hospital in Belfast": unnamed people
 * described by the body they work at, then the town it is in (words[i] opens the town, at most three words).
 * The description speaks, not the town.
 */
function describedInPlace(words: string[], i: number, parse: Parse): MentionParse | null {
  const link = i - 1;
  if (link < 3 || words[link] !== "in" || words.length - i > 3) return null;
  const before = words.slice(0, link);
  if (!before.slice(1, -1).some((w) => /^(?:at|of|from|with)$/.test(w))) return null;
  const described = parse(before.join(" "));
  if (described.name || described.pronoun || !described.title) return null;
  return { ...described, title: `${described.title} ${words.slice(link).join(" ")}` };
}
