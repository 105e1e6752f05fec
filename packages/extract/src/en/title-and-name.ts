import type { MentionParse } from "../speakers.ts";
import { lowercase } from "../text/chars.ts";
import { leadingTitleWords } from "./affiliation.ts";
import { givenNameGender } from "./given-name-gender.ts";
import { PORTFOLIO_LINK } from "./name-shape.ts";
import { seatEpithet } from "./offices.ts";
import { OWNER } from "./owned-bodies.ts";
import {
  abbreviation,
  bareWord,
  CAPITAL_TITLES,
  dropPostNominals,
  endsInIndustry,
  genderOf,
  HONORIFICS,
  type honorificGender,
  OPENING_ADVERBS,
  OPENING_ROLES,
  ORG_WORDS,
  PARTY_MEMBER,
  styledHonorific,
  TITLE_HEADS,
  withoutDot,
} from "./person-words.ts";
import { pluralCommonNoun, withoutLeadingDeterminer } from "./phrase-words.ts";
import { nameAfterOfPhrase, nameAfterPortfolio, nameAfterTitle } from "./title-body.ts";

/** "Deputy", "Senator", "Constable", "Councillor": a member's style of address (Jersey's "Deputy Paul Mauger"). */
const STYLE_AFTER_OFFICE = /^(?:Deputy|Senator|Constable|Councillor|Cllr|Alderman)$/;
/** "Vice", "Acting", "Former": words a style word can modify or follow inside one office. */
const MODIFIED_BY_STYLE = /^(?:Vice|Acting|Former|Assistant|Chief|Senate|House|State|Deputy|Senior|Junior)$/;

/**
 * Title words before the name run: a title word inside it ("Chicago Mayor Rahm Emanuel"), an "of" phrase
 * ("Director of National Intelligence James Clapper", "Ellen Strode of Gallard & Pike"), titles before a lone
 * family name. Moves them from the name words onto titleWords; returns the name words left.
 */
export function titleWordsBeforeName(titleWords: string[], run: string[]): string[] {
  let nameWords = run;
  // "Chicago Mayor Rahm Emanuel", "Texas Gov. Greg Abbott": the name follows the last title word
  const lastTitle = nameWords.findLastIndex(
    (w, k) => k < nameWords.length - 2 && (CAPITAL_TITLES.has(w) || !!abbreviation(bareWord(w))),
  );
  // ("Federal Minister for Energy Sardar Faisal Awan": a portfolio after the title word may be a body's word)
  if (
    lastTitle > 0 &&
    (!ORG_WORDS.test(nameWords.slice(lastTitle + 1).join(" ")) ||
      PORTFOLIO_LINK.test(nameWords[lastTitle + 1] ?? ""))
  ) {
    titleWords.push(...nameWords.slice(0, lastTitle));
    nameWords = nameWords.slice(lastTitle);
  }
  // "Director of National Intelligence James Clapper": after an "of" phrase, the last two words are the name
  const of = nameWords.lastIndexOf("of");
  // ("Economist Dina Marlow of …": title words before the name)
  const titled =
    of > 0 && ORG_WORDS.test(nameWords.slice(of).join(" ")) ? leadingTitleWords(nameWords.slice(0, of)) : 0;
  const beforeOf = nameWords.slice(titled, Math.max(0, of));
  if (
    // "Ellen Strode of Gallard & Pike": a person's name, then the firm they speak from
    (of - titled === 2 || of - titled === 3) &&
    beforeOf.every((w) => !CAPITAL_TITLES.has(w) && !abbreviation(bareWord(w))) &&
    !ORG_WORDS.test(beforeOf.join(" ")) &&
    !/^(?:United|Republic|Kingdom|States|Democratic|Islamic|Federal|National|Royal|Central|Federated|Commonwealth|People[’']s|College|School|Society|Academy|Museum|Library|Church|Chamber|Order|Friends|Club|Hospital|Sisters|Brothers|Daughters|Sons|Knights|Duke|Duchess|Prince|Princess|King|Queen|Earl|Lord|Lady|Bishop|Archbishop|Isle|Isles|Island|Islands|Bay|Gulf|Cape|Vale|Firth|Straits?)$/.test(
      beforeOf[beforeOf.length - 1] ?? "",
    ) &&
    !/^(?:The|A|An|United|Republic|Kingdom|Democratic|Islamic|Federal|National|Royal|Central)$/.test(
      beforeOf[0] ?? "",
    )
  ) {
    titleWords.push(
      ...nameWords.slice(0, titled).map((w) => abbreviation(bareWord(w)) ?? w),
      ...nameWords.slice(of),
    );
    nameWords = beforeOf;
  } else if (of > 0 && nameWords.length - of > 3 && !ORG_WORDS.test(nameWords.join(" "))) {
    const nameLength = nameAfterOfPhrase(nameWords);
    titleWords.push(...nameWords.slice(0, nameWords.length - nameLength));
    nameWords = nameWords.slice(nameWords.length - nameLength);
  }
  while (
    nameWords.length > 2 &&
    !ORG_WORDS.test(nameWords[nameWords.length - 1] as string) && // ("Prime Minister's Office" is a body)
    (CAPITAL_TITLES.has(nameWords[0] as string) ||
      // "Secretary of State John Kerry"
      ((nameWords[0] === "of" || nameWords[0] === "for") && CAPITAL_TITLES.has(nameWords[1] as string)))
  ) {
    titleWords.push(nameWords.shift() as string); // "Senate Minority Leader Mitch McConnell"
  }
  // "Infrastructure Minister Deputy Paul Mauger": a member's style of address after the office ends no title
  if (titleWords.length > 1 && STYLE_AFTER_OFFICE.test(titleWords.at(-1) as string)) {
    const office = titleWords.at(-2) as string;
    if (CAPITAL_TITLES.has(office) && !MODIFIED_BY_STYLE.test(office)) titleWords.pop();
  }
  // "Minister Fuenzalida", "Chief Executive Sorensen": a title word before a lone family name
  // (not "Justice Department": a body's word is no family name)
  // ("Senators Charles E. Grassley, …, and Patrick Leahy": a plural title before the first of two names is
  // no title of that one person, so "the senators" later is not him alone)
  if (nameWords.length > 2 && pluralTitle(nameWords[0] as string)) nameWords.shift();
  while (
    nameWords.length > 1 &&
    TITLE_HEADS.has(withoutDot(nameWords[0] as string)) &&
    !(nameWords.length === 2 && ORG_WORDS.test(nameWords[1] as string))
  ) {
    titleWords.push(nameWords.shift() as string);
  }
  return nameWords;
}

/**
 * The name words without an opening adverb or role, honorifics, styles, post-nominals, a portfolio or a place
 * after the name; a parse when the words turn out to be an office and its portfolio with no name.
 */
export function nameWithoutStyles(
  words: string[],
  titleWords: string[],
  run: string[],
): string[] | MentionParse {
  let nameWords = run;
  // "Meanwhile Tobias Renn, the chief executive": a sentence adverb before the name
  if (nameWords.length > 1 && nameWords[0] === words[0] && OPENING_ADVERBS.has(nameWords[0] as string))
    nameWords = nameWords.slice(1);
  // "Rival Hillary Clinton had mocked …": a role word capitalised only because it opens the sentence
  else if (
    nameWords.length > 2 &&
    nameWords[0] === words[0] &&
    OPENING_ROLES.has(lowercase(nameWords[0] as string))
  )
    titleWords.push(lowercase(nameWords.shift() as string));
  while (nameWords.length > 1) {
    const head = bareWord(nameWords[0] as string);
    const abbreviated = abbreviation(head);
    const styled = HONORIFICS.has(head) ? 0 : styledHonorific(nameWords);
    if (HONORIFICS.has(head)) nameWords = nameWords.slice(1);
    else if (styled) nameWords = nameWords.slice(styled);
    else if (abbreviated) {
      titleWords.push(abbreviated);
      nameWords = nameWords.slice(1);
    } else if (head === "the")
      nameWords = nameWords.slice(1); // (lowercased: /^the$/i)
    // ("Dato Seri Setia Dr Haji Mohd Isham": a style after the honorifics, before the name)
    else if (nameWords.length > 2 && TITLE_HEADS.has(nameWords[0] as string))
      titleWords.push(nameWords.shift() as string);
    else break;
  }
  // ("Senate President Pro Tempore Hon. Jonathan Kaipay": an honorific inside the run opens the name)
  const styledAt = nameWords.findIndex(
    (w, k) => k > 0 && k < nameWords.length - 1 && HONORIFICS.has(bareWord(w)),
  );
  if (styledAt > 0) {
    titleWords.push(...nameWords.slice(0, styledAt));
    nameWords = nameWords.slice(styledAt + 1);
  }
  // "The Minister of Information": a title and its portfolio, no name ("Minister for Health Simon Harris": the
  // last two words after the portfolio are the name)
  if (/^(?:of|for)$/.test(nameWords[0] ?? "") && titleWords.length) {
    if (nameWords.length < 4)
      return { name: null, title: withoutLeadingDeterminer(words).join(" "), kind: "person", pronoun: false };
    const n = nameAfterTitle(nameWords);
    titleWords.push(...nameWords.slice(0, -n));
    nameWords = nameWords.slice(-n);
  }
  dropPostNominals(nameWords);
  // "Special Assistant to the Prime Minister on Power Ayesha Niazi": a title ending in a link, then its
  // portfolio (or body: "Minister of State at the Department of Transport Cathal Brennan")
  nameWords = nameAfterPortfolio(titleWords, nameWords);
  // "Sen. Maria Ortiz of Nevada": a titled person's name ends before "of" and the place
  const place = nameWords.indexOf("of");
  if (titleWords.length && place >= 2 && !ORG_WORDS.test(nameWords.join(" ")))
    nameWords = nameWords.slice(0, place);
  return nameWords;
}

/** The parse of title words and name words: a party member or seat described, a body, or a person. */
export function titledParse(
  clean: string,
  words: string[],
  titleWords: string[],
  nameWords: string[],
  honorific: ReturnType<typeof honorificGender>,
): MentionParse {
  const name = nameWords.join(" ");
  // "a key Republican", "two Democrats": a party member described, not named ("Diplomats said": people by
  // their trade, capitalised only because they open the sentence)
  // (also "the Texas Republican", "a New York Democrat": a member by the state the seat is in)
  const stateMember =
    nameWords.length <= 3 && words.length === nameWords.length + 1 && /^(?:the|a|an)$/i.test(words[0] ?? "");
  if (
    (nameWords.length === 1 || stateMember) &&
    (PARTY_MEMBER.test(nameWords.at(-1) ?? "") || (words.length === 1 && pluralCommonNoun(name)))
  )
    return { name: null, title: withoutLeadingDeterminer(words).join(" "), kind: "person", pronoun: false };

  if (seatEpithet(words, nameWords))
    return { name: null, title: name, kind: "person", pronoun: false, definite: true };
  let title = withoutLeadingDeterminer(titleWords).join(" ") || null;
  const org = ORG_WORDS.test(name) || endsInIndustry(nameWords) || (/^the\s/i.test(clean) && !title);
  // "Qatar's Ministry of Foreign Affairs": the owner is part of the body's name
  const owner = org && title && OWNER.test(title) ? title : null;
  if (owner) title = null;
  const parse: MentionParse = {
    name: owner ? `${owner} ${name}` : name || null,
    title,
    kind: org ? "organisation" : "person",
    pronoun: false,
  };
  // (a given name's gender only when the words give none: "Ms Taylor Reid", "the chairwoman, Jordan Lee")
  const byGivenName = nameWords.length > 1 ? givenNameGender(bareWord(nameWords[0] as string)) : undefined;
  const gender = honorific ?? genderOf(title) ?? byGivenName;
  if (gender && !org) parse.gender = gender;
  return parse;
}

/** "Senators", "Ministers", "Drs.", "Profs.": a title head's or a style's plural. */
function pluralTitle(w: string): boolean {
  const bare = withoutDot(w);
  if (bare.length < 3 || bare.charCodeAt(bare.length - 1) !== 115) return false;
  const one = bare.slice(0, -1);
  return TITLE_HEADS.has(one) || PLURAL_STYLES.has(one);
}
const PLURAL_STYLES = new Set(["Dr", "Prof", "Rev", "Gen", "Col", "Capt"]);
