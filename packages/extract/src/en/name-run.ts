import { wordInCountryName } from "./and-countries.ts";
import { OFFICE_POSSESSIVE } from "./mention-shapes.ts";
import { capital } from "./name-shape.ts";
import { peoplePossessiveInBody } from "./people-possessive.ts";
import { CAPITAL_TITLES, NAME_PARTICLES, ORG_WORDS } from "./person-words.ts";
import { joinsName, placePossessive, TOPIC_BODIES } from "./portfolio-and.ts";

/** The capitalised run ending at words[k] ("of" may link it) holds a body's word: "Institute of Geodynamics". */
function bodyNameEndsAt(words: string[], k: number): boolean {
  for (let j = k; j >= 0 && j > k - 6; j--) {
    const w = words[j] as string;
    if (ORG_WORDS.test(w)) return capital(w);
    if (!capital(w) && w !== "of") return false;
  }
  return false;
}

/** Where the name starts in a mention's words: the last run of capitalised words ("of" may link them). */
export function nameRunStart(words: string[]): number {
  let i = words.length;
  while (
    i > 0 &&
    (capital(words[i - 1]) ||
      ((words[i - 1] === "of" || words[i - 1] === "for" || words[i - 1] === "the") &&
        capital(words[i - 2]) &&
        i < words.length) ||
      // "Minister for the Environment", "Secretary of the Interior": "the" in a portfolio after its title
      (words[i - 1] === "the" &&
        /^(?:of|for)$/.test(words[i - 2] ?? "") &&
        CAPITAL_TITLES.has(words[i - 3] ?? "") &&
        i < words.length) ||
      // "the Institute of Geodynamics of the National Observatory", "the Permanent Committee for the
      // Assessment of …": "the" inside a body's long name
      (words[i - 1] === "the" &&
        /^(?:of|for)$/.test(words[i - 2] ?? "") &&
        i < words.length &&
        bodyNameEndsAt(words, i - 3)) ||
      // "the Commission on Presidential Debates": a body named for its topic
      (words[i - 1] === "on" && TOPIC_BODIES.test(words[i - 2] ?? "") && i < words.length) ||
      (i < words.length && OFFICE_POSSESSIVE.test(words[i - 1] as string)) ||
      (i < words.length && peoplePossessiveInBody(words, i - 1)) ||
      (i < words.length && (joinsName(words, i - 1) || placePossessive(words, i - 1))) ||
      // "The St Vincent and the Grenadines Coast Guard": a country whose name holds "and the"
      (i < words.length && wordInCountryName(words, i - 1)) ||
      // "Pieter van Wyk", "Piet van der Merwe": lowercase particles inside a person's name
      (i < words.length &&
        NAME_PARTICLES.has(words[i - 1] as string) &&
        /^(?:\p{Lu}|van|de)/u.test(words[i - 2] ?? "")))
  )
    i--;
  return i;
}
