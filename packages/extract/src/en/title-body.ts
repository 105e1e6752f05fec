import { PORTFOLIO_LINK, personNameLength } from "./name-shape.ts";
import { PORTFOLIO_FIELD } from "./offices.ts";
import { HONORIFICS, ORG_WORDS } from "./person-words.ts";

/**
 * "Special Assistant to the Prime Minister on Power Ayesha Niazi", "Minister of State at the Department of
 * Transport Cathal Brennan": a title ending in a link ("on", "at the") is followed by its portfolio or the
 * body the office sits in, and only the last words are the person's name.
 */

/** The link from an office to the body it sits in ("Minister of State at the", "a director in the"). */
const BODY_LINK = /^(?:at|in|of|for|with)$/;
/** Words a government body's name opens with. */
const BODY_HEAD =
  /^(?:Department|Ministry|Office|Agency|Bureau|Commission|Authority|Board|Council|Institute|Treasury)$/;

/** Words that carry a portfolio on after its first word ("Home Affairs", "Trade and Industry"). */
const FIELD_GOES_ON =
  /^(?:Affairs|and|Development|Security|Services|Resources|Planning|Relations|Protection|Welfare|Safety)$/;
/**
 * "… for Transport Tan Wei Ling", "… of Health Rajesh Kumar Verma": a one-word portfolio after its link, then
 * a name of three words (Chinese, Malay and Indian names often have three).
 */
function threeWordNameAfterField(nameWords: string[]): boolean {
  const k = nameWords.length - 4;
  return (
    k >= 0 &&
    PORTFOLIO_FIELD.test(nameWords[k] as string) &&
    (k === 0 || PORTFOLIO_LINK.test(nameWords[k - 1] as string)) &&
    !FIELD_GOES_ON.test(nameWords[k + 1] as string) &&
    !HONORIFICS.has((nameWords[k + 1] as string).toLowerCase()) &&
    !ORG_WORDS.test(nameWords.slice(k + 1).join(" "))
  );
}

/**
 * How many of the last words after an "of" phrase are the person's name: "Director of National Intelligence
 * James Clapper", "… of Health John F. Kelly", "… for Transport Tan Mei Hua" (not "Minister of Labor Hsu
 * Mei-ling": a hyphenated given name after the family name).
 */
export const nameAfterOfPhrase = (nameWords: string[]): number =>
  /^[A-Z]\.$/.test(nameWords[nameWords.length - 2] as string) || threeWordNameAfterField(nameWords) ? 3 : 2;

/** How many of the last words after a title and its portfolio are the person's name. */
export const nameAfterTitle = (nameWords: string[]): number =>
  threeWordNameAfterField(nameWords) ? 3 : personNameLength(nameWords);

/**
 * The person's name words of `nameWords` after a linked title (`titleWords` takes the portfolio or body),
 * or `nameWords` unchanged.
 */
export function nameAfterPortfolio(titleWords: string[], nameWords: string[]): string[] {
  const n = nameAfterTitle(nameWords);
  if (nameWords.length <= n) return nameWords;
  const last = titleWords.at(-1) ?? "";
  const linked =
    PORTFOLIO_LINK.test(last) ||
    (last === "the" &&
      titleWords.length >= 3 &&
      BODY_LINK.test(titleWords.at(-2) ?? "") &&
      BODY_HEAD.test(nameWords[0] ?? "") &&
      nameWords.length >= n + 2 &&
      !ORG_WORDS.test(nameWords.slice(-n).join(" ")));
  if (!linked) return nameWords;
  titleWords.push(...nameWords.slice(0, -n));
  return nameWords.slice(-n);
}

/** "Minister of State at the ": an office and its link to a body, right before the body's name. */
export const OFFICE_AT_BODY = /(\p{Lu}[\p{L}.]*)(?:\s+(?:of|for)\s+\p{Lu}\p{L}*)?\s+(?:at|in)\s+the\s+$/u;

/** "Minister of State at the Department of ": an office, the body it sits in, and the link to its portfolio. */
export const OFFICE_AT_BODY_OF = new RegExp(
  `${OFFICE_AT_BODY.source.slice(0, -1)}${BODY_HEAD.source.slice(1, -1)}\\s+(?:of|for)\\s+$`,
  "u",
);
