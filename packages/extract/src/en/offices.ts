// Capitalised offices ("Minority Leader", "General Secretary") that a parse may mistake for a name.
import { isDemonym } from "./epithets.ts";
import { CAPITAL_TITLES, DETERMINERS, TITLE_HEADS } from "./person-words.ts";

/**
 * "Minority Leader", "General Secretary", "Finance Minister": a parsed "name" that is an office, its last word
 * a title head and every word before it a capitalised modifier (not a person's given name: "Kofi Leader" is rare,
 * so a one-word modifier must itself be a title or non-name word).
 */
export function capitalisedOffice(name: string | null): boolean {
  // ("Attorney General", "Solicitor-General": a title whose rank word comes after its office word)
  if (name && POSTPOSITIVE_OFFICE.test(name)) return true;
  // (the last word first, without splitting: most names end in no title head)
  if (!name || !TITLE_HEADS.has(name.slice(name.lastIndexOf(" ") + 1))) return false;
  return officeWords(name.split(" "));
}
/** capitalisedOffice of a name given as its words. */
function officeWords(words: string[]): boolean {
  if (words.length < 2 || words.length > 4 || !TITLE_HEADS.has(words[words.length - 1] as string))
    return false;
  // ("the PNG Electoral Commissioner", "the EU Trade Commissioner", "the Kenyan Electoral Commissioner": the
  // country or union first, by its initials or its adjective)
  const modifiers = countryFirst(words[0] as string) ? words.slice(1, -1) : words.slice(0, -1);
  return modifiers.every((w) => CAPITAL_TITLES.has(w) || OFFICE_MODIFIERS.test(w));
}
/**
 * "Attorney General", "Solicitor-General", "Auditor General", "Inspector General": offices whose last word is
 * the rank "General" after the office noun (never a name: no given name is "Attorney").
 */
const POSTPOSITIVE_OFFICE =
  /^(?:(?:Deputy|Assistant|Acting|Principal|State|Federal)\s+)?(?:Attorney|Solicitor|Auditor|Inspector|Surveyor|Postmaster|Accountant|Registrar|Advocate|Comptroller|Paymaster|Adjutant|Consul|Director|Secretary|Governor)[- ]General$/;
/** Title heads that name no office on their own ("the Executive" is a government, "Member" of what). */
const PART_OF_TITLE = new Set(["Executive", "Officer", "Member"]);

/**
 * "CEO", "its CEO", "the Prime Minister", "Labour MP": a mention made only of an office (after at most a
 * determiner), which names whoever the article gives that office, not a person called "CEO". One capitalised
 * word is an office only as an initialism ("MP") or after a determiner: "Justice" alone may be a family name.
 * `words` are the mention's words (split at spaces), `run` the capitalised run that ends it.
 */
export function bareOffice(words: string[], run: string[]): boolean {
  // ("Its CEO": a capitalised determiner opens the run)
  const determined = DETERMINERS.test(words[0] as string) && words.length > 1;
  const nameWords = determined && run.length === words.length ? run.slice(1) : run;
  if (words.length !== nameWords.length + (determined ? 1 : 0)) return false;
  if (nameWords.length > 1) return officeWords(nameWords) || POSTPOSITIVE_OFFICE.test(nameWords.join(" "));
  const head = nameWords[0] as string;
  if (!TITLE_HEADS.has(head) || PART_OF_TITLE.has(head)) return false;
  return determined || /^[A-Z]{2,4}$/.test(head);
}

/** A one-word portfolio ("Finance Minister", "Minister for Transport"). */
const FIELDS =
  "Finance|Health|Interior|Home|Education|Transport|Justice|Energy|Trade|Labour|Labor|Agriculture|Environment|Information|Communications|Culture|Tourism|Sports?|Youth|Works|Roads|Housing|Water|Defence|Electoral|Federal|Judicial|Immigration|Customs|Revenue|Economy|Infrastructure|Fisheries|Mines|Lands|Industry|Aviation|Commerce";
export const PORTFOLIO_FIELD = new RegExp(`^(?:${FIELDS}|Manpower|Law)$`);
/**
 * The last word of a portfolio of several words ("Natural Resources", "Primary Industries", "Foreign Affairs",
 * "Local Government"): nouns no one bears as a family name, so "X Y and" before "Commerce Minister Z" is part of
 * the office, not a person.
 */
export const PORTFOLIO_TAIL = new RegExp(
  `^(?:${FIELDS}|Resources|Industries|Affairs|Development|Government|Services|Security|Enterprise|Enterprises|Planning|Heritage|Technology|Innovation|Relations|Safety|Welfare|Protection|Cooperation|Integration|Reconstruction|Conservation|Forestry|Forests|Wildlife|Investment|Employment|Telecommunications)$`,
);
/** Capitalised words that narrow an office: its portfolio or rank ("Finance Minister", "General Secretary"). */
const OFFICE_MODIFIERS = new RegExp(
  `^(?:${FIELDS}|Second|First|Third|National|Regional|Provincial|Municipal|County|District|Party|Managing|Technical|Team|Organising|Organizing|Assistant|Associate|Senior|Principal|Permanent|Parliamentary|Cabinet|Lord)$`,
);

const INITIALS = /^[A-Z]{2,5}$/;
// (an adjective, not a noun that is also a given name: "Dane", "Finn")
const ADJECTIVE_ENDING = /(?:an|ese|i|ish)$/;
const countryFirst = (w: string): boolean => INITIALS.test(w) || (isDemonym(w) && ADJECTIVE_ENDING.test(w));

/** Members of a legislature, whom news names by the seat they hold ("the Ablekuma North MP", "the Kerry TD"). */
const SEAT_HOLDERS =
  /^(?:MP|MPs|MSP|MLA|MEP|TD|MHK|MLC|MHA|MNA|MPP|Senator|Councillor|Councilor|Assemblyman|Assemblywoman|Congressman|Congresswoman)$/;

/**
 * "the Ablekuma North MP", "the Labour MP", "the Donegal TD": a legislator known by constituency or party,
 * someone the article has named (the words before the article's "the" are `words`, the name run `nameWords`).
 */
export function seatEpithet(words: string[], nameWords: string[]): boolean {
  return (
    words.length === nameWords.length + 1 &&
    /^the$/i.test(words[0] as string) &&
    nameWords.length >= 2 &&
    nameWords.length <= 4 &&
    SEAT_HOLDERS.test(nameWords[nameWords.length - 1] as string)
  );
}
