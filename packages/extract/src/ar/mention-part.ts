/** One comma-free part of an Arabic mention: its title phrase and the name after it. */

import type { MentionParse } from "../speakers.ts";
import { withoutHarakat } from "../text/chars.ts";
import { seeksBareNoun } from "./affiliation.ts";
import { bracketAfterTitle } from "./brackets.ts";
import { ANOTHER, constructBodyName } from "./construct-body.ts";
import { counterpartName } from "./counterpart.ts";
import { documentSpeaker } from "./document-speaker.ts";
import { bareHeadman, headmanOfPlaceOnly, villageHeadman } from "./headman.ts";
import {
  AFFILIATION_LINKS,
  AFFILIATION_TITLES,
  COMPASS,
  FUNCTION_WORDS,
  foldWord,
  GOVERNORS,
  hasArticle,
  isStateSecretariat,
  isTeamNotRank,
  joinedUnnamedSource,
  MENTION_PRONOUNS,
  NAME_HONORIFIC,
  ORG_TITLES,
  PEOPLE_NOUNS,
  PERSON_TITLES,
  PLACE_NOUNS,
  SAME_BEFORE,
  SAME_WORDS,
  TITLE_ADJECTIVES,
} from "./lexicon.ts";
import { affiliationEnd } from "./mention-affiliation.ts";
import { titleWordsEnd } from "./mention-title-end.ts";
import { CALLED, INTERLOCUTORS, PLURAL_ADJECTIVE, unquoted, WOMEN_NAMED_AS_TITLES } from "./mention-words.ts";
import { pastRankGrade } from "./military-rank.ts";
import { nameThenTitle, workplaceName } from "./name-then-title.ts";
import { isPlaceNumber } from "./numbered-place.ts";
import { ABBREVIATED_TITLE } from "./office-words.ts";
import { peopleNounFieldParse } from "./people-noun-field.ts";
import { NAME_JOINERS, titleHead } from "./phrase.ts";
import { dawnWord, isAli, pureName, relativeInConstruct, relativeOf } from "./pure-name.ts";
import { unnamedSourceWorkplace } from "./source-nisba.ts";
import { lawyersCourtWords } from "./title-complements.ts";
import { tradeOrNasabParse } from "./trade-before-name.ts";

/** Splits one mention (no commas) into its title phrase and the name after it. */
export function parseOne(mention: string): MentionParse {
  const ws = mention.split(/[\s\u00A0]+/).filter(Boolean);
  const first = ws[0] ?? "";
  const f0 = foldWord(first);
  const whole = wholeMentionParse(mention, ws, f0);
  if (whole) return whole;
  const trade = tradeOrNasabParse(ws);
  if (trade) return trade;
  if (bareHeadman(ws)) return { name: null, title: mention, kind: "person", pronoun: false };
  const head = titleHead(first);
  const document = documentSpeaker(ws, mention, parseOne);
  if (document) return document;
  const isPersonTitle =
    (PERSON_TITLES.has(head) && !isTeamNotRank(first, ws[1]) && !WOMEN_NAMED_AS_TITLES.has(first)) ||
    ABBREVIATED_TITLE.test(first) ||
    villageHeadman(first, ws[1], ws[2]);
  if (!isPersonTitle) return untitledParse(mention, ws, first, f0, head);
  if (governedPlaceOnly(ws, first, head) || headmanOfPlaceOnly(ws))
    return { name: null, title: mention, kind: "person", pronoun: false };
  const i = titleTailEnd(ws, titleWordsEnd(ws, first, f0, head), head);
  return nameAfterTitle(mention, ws, i);
}

/**
 * A mention read whole, before any title: a pronoun, a counterpart, a quoted outlet, the one speaking, the
 * speaker just named, or a description and the name it is given (null: none of these).
 */
function wholeMentionParse(mention: string, ws: string[], f0: string): MentionParse | null {
  if (MENTION_PRONOUNS.has(f0)) return { name: null, title: null, kind: "person", pronoun: true };
  const counterpart = counterpartName(ws);
  if (counterpart) return { ...counterpart, kind: "person", pronoun: false };
  // «وذكرت "سانا" أن …»: an outlet or body known by its quoted name alone
  const quoted = /^["“«]([^"“”«»]{2,40})["”»]$/u.exec(mention);
  if (quoted?.[1]) return { name: quoted[1], title: null, kind: "organisation", pronoun: false };
  // «وكشف المتحدث أن …», «وأضاف محدثنا»: the one speaking, as a pronoun would say (not «المتحدث باسم …»)
  if (ws.length === 1 && INTERLOCUTORS.has(f0))
    return { name: null, title: null, kind: "person", pronoun: true };
  // «المسؤول ذاته», «الوزير نفسه»: the speaker just named
  // (Maghrebi order: «ذات المسؤول», «نفس المصدر»)
  if (
    ws.length > 1 &&
    (SAME_WORDS.has(foldWord(ws[ws.length - 1] as string)) || (ws.length === 2 && SAME_BEFORE.has(f0)))
  )
    return { name: null, title: null, kind: "person", pronoun: true };
  // «سيدة تدعى «هـ. م»», «شاب يدعى أحمد»: the description, then the name it is given
  const called = ws.findIndex((w, k) => k > 0 && CALLED.test(withoutHarakat(w)));
  if (called > 0 && called < ws.length - 1 && called + 5 > ws.length)
    return {
      name: ws
        .slice(called + 1)
        .map(unquoted)
        .join(" "),
      title: ws.slice(0, called).join(" "),
      kind: "person",
      pronoun: false,
    };
  return null;
}

/** A mention not opened by a person's title: a body, a described or related person, or a name then its title. */
function untitledParse(mention: string, ws: string[], first: string, f0: string, head: string): MentionParse {
  if (ORG_TITLES.has(head) || isStateSecretariat(first, ws[1]))
    return { name: mention, title: null, kind: "organisation", pronoun: false };
  // «الطالبة سارة», «الشاب محمد (23 عاما)»: a definite noun of people before a name, which it describes
  // (also whose relative: «شقيقه أحمد الزعبي», «زوجته سعاد»)
  if (
    ws.length > 1 &&
    ((hasArticle(first) && PEOPLE_NOUNS.has(f0)) || relativeOf(first)) &&
    pureName(ws.slice(1).join(" "))
  )
    return { name: ws.slice(1).join(" "), title: first, kind: "person", pronoun: false };
  const field = peopleNounFieldParse(ws);
  if (field) return field;
  const kin = relativeInConstruct(ws);
  if (kin)
    return {
      name: ws.slice(kin).join(" "),
      title: ws.slice(0, kin).join(" "),
      kind: "person",
      pronoun: false,
    };
  return nameThenTitle(ws) ?? { name: mention, title: null, kind: "person", pronoun: false };
}

/**
 * «محافظ سيناء», «والي جنوب كردفان المكلف» in a part of their own: the place governed (and the office's
 * adjectives), no one's name
 * («محافظ محافظة ديالى», «والي ولاية سنار»: the place noun and the place's own name)
 */
function governedPlaceOnly(ws: string[], first: string, head: string): boolean {
  const placeNoun = PLACE_NOUNS.has(foldWord(ws[1] ?? "")) && !hasArticle(ws[1] ?? "");
  const place = COMPASS.test(ws[1] ?? "") || placeNoun ? 3 : 2;
  return !hasArticle(first) && GOVERNORS.has(head) && ws.length >= place && ws.slice(place).every(hasArticle);
}

/** Past the title's own words: its institution, a bracket, the words up to an honorific, a rank. */
function titleTailEnd(ws: string[], start: number, head: string): number {
  let i = start + lawyersCourtWords(ws, start);
  // «مسؤول في الهيئة …», «النائب عن كتلة "…"»: the institution belongs to the title
  // «الباحثة عن عمل سلمى ناصر»: what a seeker seeks, then the name
  if (seeksBareNoun(ws[i - 1] ?? "", ws[i] ?? "", ws[i + 1] ?? "")) i += 2;
  else if (AFFILIATION_TITLES.has(head) && AFFILIATION_LINKS.has(foldWord(ws[i] ?? "")))
    i = affiliationEnd(ws, i);
  i += bracketAfterTitle(ws, i);
  // «محافظ مشروع الجزيرة المهندس X»: the words up to an honorific are the title
  // (not after a joiner: «محمد ولد الشيخ الغزواني» is one name)
  const honorific = ws
    .slice(i, i + 4)
    .findIndex((w, k) => NAME_HONORIFIC.test(unquoted(w)) && !NAME_JOINERS.has(ws[i + k - 1] ?? ""));
  if (
    honorific > 0 &&
    i + honorific + 1 < ws.length &&
    !ws.slice(i, i + honorific).some((w) => FUNCTION_WORDS.has(foldWord(w)))
  )
    i += honorific + 1;
  // «رئيس جمعية الحي 5»: the quarter's number is the title's, not a name
  if (i > 0 && isPlaceNumber(ws[i - 1] ?? "", ws[i] ?? "")) i++;
  return pastRankGrade(ws, i);
}

/** The title ws[0, start) and the name, if any, after it. */
function nameAfterTitle(mention: string, ws: string[], start: number): MentionParse {
  let i = start;
  // («أستاذ … في كلية العلوم بجامعة دمشق د. X Y»: the abbreviated honorific ends the title, however long)
  const h = ws.findLastIndex((w) => ABBREVIATED_TITLE.test(w));
  if (h >= i && ws.length - h > 2 && pureName(ws.slice(h + 1).join(" ")))
    return {
      name: ws.slice(h + 1).join(" "),
      title: ws.slice(0, h + 1).join(" "),
      kind: "person",
      pronoun: false,
    };
  // («رئيس المجلس في السودان الفريق أول X»: also after the workplace)
  const at = pastRankGrade(ws, workplaceName(ws, i));
  if (at > 0)
    return { name: ws.slice(at).join(" "), title: ws.slice(0, at).join(" "), kind: "person", pronoun: false };
  const bodyName = constructBodyName(ws, i); // «رئيسة بلدية طنجة»: a body's name, not a person's
  if (bodyName === null) return { name: null, title: mention, kind: "person", pronoun: false };
  i += bodyName;
  const title = ws.slice(0, i).join(" ");
  // «مصادر مطلعة على سير المفاوضات», «مدير أحد المحلات»: words after a preposition describe the
  // source (no name); the whole phrase is how the article knows it
  if (
    ws.slice(i).some((w, k) => !isAli(w) && !dawnWord(ws, i + k) && FUNCTION_WORDS.has(foldWord(w))) ||
    unnamedSourceWorkplace(ws, i)
  )
    return { name: null, title: mention, kind: "person", pronoun: false };
  // «مسؤولون أمريكيون كبار», «شهود عيان ومصادر محلية»: adjectives or a second group, no name follows
  const describing = (w: string) =>
    PLURAL_ADJECTIVE.test(w) || TITLE_ADJECTIVES.has(foldWord(w)) || joinedUnnamedSource(w);
  // «رجل آخر يبيع الخضار», «سيدة أخرى»: another of the people met before, described, not named
  if (i < ws.length && (ws.slice(i).every(describing) || ANOTHER.test(ws[i] as string)))
    return { name: null, title: mention, kind: "person", pronoun: false };
  // «الدكتور مصطفى مدبولي رئيس مجلس الوزراء»: the office after the name is the title that names it
  // (after a one-word title or an honorific; a name never ends with «عبد», «أبو», «بن»)
  const office = i === 1 || NAME_HONORIFIC.test(ws[i - 1] ?? "") ? nameThenTitle(ws.slice(i)) : null;
  if (office?.name && !NAME_JOINERS.has(office.name.split(" ").at(-1) as string)) return office;
  const nameWords = ws
    .slice(i)
    .filter((w, k) => isAli(w) || dawnWord(ws, i + k) || !FUNCTION_WORDS.has(foldWord(w)));
  return { name: nameWords.length ? nameWords.join(" ") : null, title, kind: "person", pronoun: false };
}
