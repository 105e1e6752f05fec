/** One comma-free part of an Arabic mention: its title phrase and the name after it. */
import type { MentionParse } from "../speakers.ts";
import { withoutHarakat } from "../text/chars.ts";
import { seeksBareNoun } from "./affiliation.ts";
import { bareGenitiveWords, envoysState } from "./bare-genitive.ts";
import { bracketAfterTitle } from "./brackets.ts";
import { ANOTHER, bodyConstructWords, constructBodyName, TWO_WORD_PLACE } from "./construct-body.ts";
import { secondPortfolioWords } from "./coordinated.ts";
import { counterpartName } from "./counterpart.ts";
import { townBeforeLastName } from "./definite-town.ts";
import { documentSpeaker } from "./document-speaker.ts";
import { bareHeadman, headmanOfPlaceOnly, villageHeadman } from "./headman.ts";
import { lamBodyName } from "./lam-owner.ts";
import {
  AFFILIATION_LINKS,
  AFFILIATION_TITLES,
  BA_PARTICIPLES,
  COMPASS,
  DHI,
  ENVOYS,
  FUNCTION_WORDS,
  foldWord,
  GOVERNORS,
  hasArticle,
  isTeamNotRank,
  joinedUnnamedSource,
  LAM_HEADS,
  MEMBERS_CONSTRUCT,
  MENTION_PRONOUNS,
  NAME_HONORIFIC,
  ORG_TITLES,
  PEOPLE_NOUNS,
  PERSON_TITLES,
  PLACE_NOUNS,
  PORTFOLIOS,
  pastRankGrade,
  SAME_BEFORE,
  SAME_WORDS,
  TITLE_ADJECTIVES,
  titleLink,
} from "./lexicon.ts";
import { affiliationEnd } from "./mention-affiliation.ts";
import {
  CALLED,
  INTERLOCUTORS,
  NISBA,
  nameWord,
  PLURAL_ADJECTIVE,
  TITLE_NAMES,
  unquoted,
  WOMEN_NAMED_AS_TITLES,
} from "./mention-words.ts";
import { lamGenitive, nameThenTitle, workplaceName } from "./name-then-title.ts";
import { ABBREVIATED_TITLE, constructGenitive, constructOffice, indefiniteTitle } from "./office-words.ts";
import { peopleNounFieldParse } from "./people-noun-field.ts";
import { NAME_JOINERS, titleHead } from "./phrase.ts";
import {
  dawnWord,
  isAli,
  opensWithArticledName,
  pureName,
  relativeInConstruct,
  relativeOf,
} from "./pure-name.ts";
import { localBodyTown } from "./regional-town.ts";
import { unnamedSourceWorkplace } from "./source-nisba.ts";
import { namesPost } from "./title-complements.ts";
import { membersOfBody } from "./title-genitives.ts";
import { royalNameWords, titleRunOn } from "./title-run-on.ts";

/** «خطيب»: an office named only joined to another («إمام وخطيب»); alone, «الخطيب» is a family name. */
const JOINED_ONLY_OFFICES = new Set(["خطيب"]);
/** «وخطيب», «ومؤسس»: a person's office joined by «و» to the one before it (not «والي», «وائل»). */
const jointOffice = (w: string): boolean =>
  w.length > 3 &&
  /^و(?!ال)/u.test(w) &&
  (PERSON_TITLES.has(titleHead(w.slice(1))) || JOINED_ONLY_OFFICES.has(w.slice(1)));

/** Splits one mention (no commas) into its title phrase and the name after it. */
export function parseOne(mention: string): MentionParse {
  const ws = mention.split(/[\s\u00A0]+/).filter(Boolean);
  const first = ws[0] ?? "";
  const f0 = foldWord(first);
  const whole = wholeMentionParse(mention, ws, f0);
  if (whole) return whole;
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
  if (ORG_TITLES.has(head)) return { name: mention, title: null, kind: "organisation", pronoun: false };
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

/** Where the words of the title opened by ws[0] stop: the index of the first word that is not the title's. */
function titleWordsEnd(ws: string[], first: string, f0: string, head: string): number {
  let i = 1;
  while (i < ws.length) {
    const raw = ws[i] as string;
    const w = unquoted(raw);
    const f = foldWord(w);
    // a quoted name after the head belongs to it: «مراسل "واع"», «جمعية "واحة"»
    if (/^["“«]/u.test(raw)) {
      let k = i;
      while (k < ws.length && !/["”»]$/u.test(ws[k] as string)) k++;
      if (k < ws.length && k < i + 4) {
        i = k + 1;
        continue;
      }
    }
    if (opensTheName(ws, i, w, first)) break;
    const taken =
      headPlaceWords(ws, i, w, f, first, f0, head) ||
      linkedTitleWords(ws, i, w, f, first) ||
      constructTitleWords(ws, i, w, f, first);
    if (!taken) break;
    i += taken;
  }
  return i;
}

/** The word ws[i] (w, unquoted) opens the name after the title. */
function opensTheName(ws: string[], i: number, w: string, first: string): boolean {
  // «السيد الحبيب بن علي», «رئيسة الجمعية السالكة بنت الشيخ»: a given name with the article opens the name
  if (opensWithArticledName([w, ...ws.slice(i + 1)])) return true;
  // «وزير الاقتصاد اللبناني أمين سلام»: after a whole title, a title that is also a given name, and a
  // bare name after it, open the name
  // (also right after an honorific: «الدكتور رائد محمود الشبول»)
  const titled = i > 1 || NAME_HONORIFIC.test(first) || ABBREVIATED_TITLE.test(first);
  // («وزير المالية سيد أحمد ولد أبوه»: one word more with a joiner)
  const rest = ws.slice(i + 1);
  const most = rest.some((r) => NAME_JOINERS.has(r)) ? 4 : 3;
  if (titled && TITLE_NAMES.has(w) && ws.length - i <= most && rest.every(nameWord)) return true;
  // «المطران سعادة», «الشيخ أمين»: a bare title word alone after an honorific is the name it precedes
  return i === 1 && ws.length === 2 && NAME_HONORIFIC.test(first) && !hasArticle(w);
}

/**
 * How many words at ws[i] are the title's as the place, country or body it is the head of (0: none).
 * (titleWordsEnd's cases, first part; w is ws[i] unquoted, f its folded form)
 */
function headPlaceWords(
  ws: string[],
  i: number,
  w: string,
  f: string,
  first: string,
  f0: string,
  head: string,
): number {
  // «ولي أمر طالبة» (a pupil's parent; «ولي العهد» is the crown prince): «أمر» and a last bare genitive
  // are the title's
  if (i === 1 && f0 === "ولي" && /^[أا]مر$/u.test(w)) return ws.length === 3 ? 2 : 1;
  // «مدير مستشفى ابن سينا وسام بكر»: a body named after a person, «ابن/أبو» and the name, is the title's
  const joined = i > 1 && NAME_JOINERS.has(w) && ORG_TITLES.has(foldWord(ws[i - 1] as string));
  if (joined && ws.length - i >= 4) return 2;
  const genitive = bareGenitiveWords(ws, i);
  // «مدير إحدى المدارس الخاصة»: one of a definite group describes the title holder, it names nobody
  if (/^(?:أحد|إحدى|احد|احدى)$/u.test(w) && hasArticle(ws[i + 1] ?? "")) return 1;
  // «محافظ ذي قار محمد …»: «ذي/ذو» and the word in construct with it name one place
  if (DHI.test(w) && i + 2 < ws.length) return 2;
  if (envoysState(ws, i)) return envoysState(ws, i);
  // «عضو مجلس محافظة نينوى أحمد …», «محافظ نينوى رافع …», «سفير مصر X Y»: a place in construct before a
  // name of 2+ words
  if (
    !hasArticle(w) &&
    ws.length - i >= 3 &&
    ((PLACE_NOUNS.has(f) && (i > 1 || !hasArticle(first))) ||
      (i === 1 && !hasArticle(first) && (GOVERNORS.has(head) || ENVOYS.has(head))))
  )
    // («محافظة ذي قار علي …»: the place's own name opens with «ذي», taken next)
    return (PLACE_NOUNS.has(f) && ws.length - i >= 4 && !DHI.test(ws[i + 1] as string)) || COMPASS.test(w)
      ? // («رئيس بلدية شمال غزة سامي حمدان»: the place noun's name with its compass word)
        // («عميد بلدية بني وليد سالم الورفلي»: or its name of two words)
        (COMPASS.test(ws[i + 1] as string) || TWO_WORD_PLACE.test(ws[i + 1] as string)) && ws.length - i >= 5
        ? 3
        : 2
      : 1;
  // «مسؤول ملف الاستيطان شمال الضفة غسان دغلس»: the region the title covers, before a name of two words
  if (i > 1 && COMPASS.test(w) && ws.length - i >= 4) return 2;
  // «سفير مصر لدى الأردن محمد …»: where the envoy serves
  if (i > 1 && w === "لدى" && ENVOYS.has(head) && i + 2 <= ws.length && namesPost(ws[i + 1] as string))
    return 2;
  // «رئيس وزراء ماليزيا أنور إبراهيم», «وزير خارجية مصر بدر عبد العاطي»: the portfolio's country
  if (
    PORTFOLIOS.has(f) &&
    !hasArticle(w) &&
    i + 1 < ws.length &&
    !PLACE_NOUNS.has(foldWord(ws[i + 1] as string))
  )
    return hasArticle(ws[i + 1] as string) ? 1 : 2;
  // «أمير قطر», «مدرب ريال مدريد كارلو أنشيلوتي»: the bare title's country or body, before the name
  return genitive;
}

/**
 * How many words at ws[i] are the title's as a link to its body, another title word, an adjective or a
 * ل-genitive (0: none). (titleWordsEnd's cases, second part)
 */
function linkedTitleWords(ws: string[], i: number, w: string, f: string, first: string): number {
  // «المتحدث باسمها نادر يوسف»: the link with the body's pronoun is whole
  if (/^باسم(?:ه|ها|هم|هما)$/u.test(w)) return 1;
  if (titleLink(f, ws.slice(0, i)) && i + 1 < ws.length) {
    const org = unquoted(ws[i + 1] as string);
    const j = i + 2;
    // «المتحدث باسم حركة حماس حازم قاسم»: a body's own name before the person's two
    if (
      ORG_TITLES.has(foldWord(org)) &&
      !hasArticle(org) &&
      ws.length - j >= 3 &&
      !hasArticle(ws[j] as string)
    )
      return 3;
    return 2;
  }
  if (titleRunOn(ws, i)) return titleRunOn(ws, i);
  // «إمام وخطيب جامع النور», «رئيس ومؤسس الجمعية»: a second office joined by «و» is the same title's
  if (jointOffice(w)) return 1;
  if (
    hasArticle(w) ||
    PERSON_TITLES.has(f) ||
    ORG_TITLES.has(f) ||
    TITLE_ADJECTIVES.has(f) ||
    ABBREVIATED_TITLE.test(w)
  )
    return 1;
  if (lamGenitive(w, ws[i + 1])) return 2;
  // «رئيس الاتحاد الوطني لنساء إريتريا السيدة X»: the members the body is of
  if (membersOfBody(ws, i)) return 2;
  // «عضو المكتب السياسي لحركة حماس حسام بدران»: a body's head in a ل-genitive, its own one-word name,
  // then a name of two words or more
  if (lamBodyName(ws, i)) return 2;
  // «مصادر بمديرية الصحة لولاية وهران»: the ل-place of the workplace, with its bare name
  if (/^ل(?!ل)/u.test(w) && i > 1 && PLACE_NOUNS.has(foldWord(w.slice(1))) && i + 1 < ws.length) return 2;
  // «مصدر أمني مالي», «مصادر أمنية ومحلية»: one more adjective of an indefinite title, after another
  if (
    !hasArticle(first) &&
    i > 1 &&
    !hasArticle(ws[i - 1] as string) &&
    TITLE_ADJECTIVES.has(foldWord(ws[i - 1] as string)) &&
    /^و?[^\s]{2,}(?:ي|ية)$/u.test(w) &&
    !hasArticle(w.replace(/^و/u, "")) &&
    // («مصدر أمني بمديرية …»: a ب-body in «ية» is where the source works, no adjective)
    !ORG_TITLES.has(foldWord(w.replace(/^[وب]/u, "")))
  )
    return 1;
  // «مسؤول عراقي», «ناشطة حقوقية», «مصدر ليبي»: a nisba right after an indefinite title describes the
  // title holder; no one is named by a title and a bare name without the article
  if (i === 1 && indefiniteTitle(first) && NISBA.test(w) && !hasArticle(w) && !isAli(w)) return 1;
  return 0;
}

/**
 * How many words at ws[i] are the title's as a construct, a ل- or ب-phrase, or the body's town (0: none).
 * (titleWordsEnd's cases, last part)
 */
function constructTitleWords(ws: string[], i: number, w: string, f: string, first: string): number {
  // «مدير دائرة ماء البصرة حيدر …», «مدير مديرية زراعة نينوى X Y»: a bare body head is in construct with
  // a bare genitive and the definite word closing it, before a name of two words or more
  const chain = bodyConstructWords(ws, i);
  if (chain) return chain;
  // «مدير مدرسة الحي», «إمام مسجد البلدة», «مدرب حراس المرمى», «والي ولاية الجزائر»: an office without
  // the article is in construct; its bare genitive and the definite word closing it are the title's
  if (
    (i === 1 || jointOffice(ws[i - 1] as string)) &&
    constructOffice(first) &&
    constructGenitive(w, ws[i + 1])
  )
    return 2;
  // «النائبة السابقة لمحافظ البنك المركزي»: the office deputised, a title in a ل-genitive (not «لامين»,
  // «لامير»: given names; the titles «لأمين», «لأمير» keep their hamza)
  if (/^ل(?!ل|ام(?:ين|ير)$)/u.test(w) && PERSON_TITLES.has(titleHead(w.slice(1))) && i + 1 < ws.length)
    return 1;
  // «رئيس دائرة حماية المستهلك»: a genitive heading the body's name
  // («اتحاد مزارعي الجزيرة والمناقل»: its members, and a place joined to the genitive by «و»)
  if (
    (LAM_HEADS.has(f) || MEMBERS_CONSTRUCT.test(w)) &&
    hasArticle(ws[i + 1] ?? "") &&
    ORG_TITLES.has(foldWord(ws[i - 1] as string))
  )
    return /^وال/u.test(ws[i + 2] ?? "") && i + 3 < ws.length ? 3 : 2;
  // «المحامي المختص بالقضايا المالية بلال العبادي», «المكلف بالإعلام»: the participle's ب-phrase is the title's
  if (/^بال/u.test(w) && BA_PARTICIPLES.has(foldWord(ws[i - 1] as string))) return 1;
  // «بجامعة القاهرة», «بإقليم تارودانت»: where the title holder is (also last: «مصدر مسؤول بالوزارة»)
  if (
    /^ب/u.test(w) &&
    (ORG_TITLES.has(foldWord(w.slice(1))) || PLACE_NOUNS.has(foldWord(w.slice(1)))) &&
    (i + 1 < ws.length || /^بال/u.test(w))
  )
    // «بالمجلس» is whole; «بجامعة القاهرة» takes its genitive («بمديرية أمن سبها»: and a last bare word, the
    // body's place in a chain of genitives, since no one is named by one word after it)
    return /^بال/u.test(w) || royalNameWords(ws, i + 1)
      ? 1
      : ws.length === i + 3 && !hasArticle(ws[i + 1] as string) && !hasArticle(ws[i + 2] as string)
        ? 3
        : 2;
  if (localBodyTown(ws, i)) return 1;
  // «مدير هيئة الموانئ بالإسكندرية»: a last definite ب-word after a body is the body's town, not a name
  if (i === ws.length - 1 && /^بال\p{L}{3,}$/u.test(w) && ws.some((x) => ORG_TITLES.has(titleHead(x))))
    return 1;
  // «… بالقصرين لزهر الدريدي», «… الحلفاء بفوسانة الطاهر الماجري»: a town before a last name of 2–4 words
  if (townBeforeLastName(ws, i)) return townBeforeLastName(ws, i);
  return secondPortfolioWords(ws, i);
}

/** Past the title's own words: its institution, a bracket, the words up to an honorific, a rank. */
function titleTailEnd(ws: string[], start: number, head: string): number {
  let i = start;
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
