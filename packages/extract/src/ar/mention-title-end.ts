/** Where the title phrase that opens a comma-free Arabic mention stops, word by word. */
import { bareGenitiveWords, envoysState } from "./bare-genitive.ts";
import { bodyConstructWords, TWO_WORD_PLACE } from "./construct-body.ts";
import { secondPortfolioWords } from "./coordinated.ts";
import { townBeforeLastName } from "./definite-town.ts";
import { lamBodyName } from "./lam-owner.ts";
import {
  BA_PARTICIPLES,
  COMPASS,
  DHI,
  ENVOYS,
  foldWord,
  GOVERNORS,
  hasArticle,
  LAM_HEADS,
  MEMBERS_CONSTRUCT,
  NAME_HONORIFIC,
  ORG_TITLES,
  PERSON_TITLES,
  PLACE_NOUNS,
  PORTFOLIOS,
  TITLE_ADJECTIVES,
  titleLink,
} from "./lexicon.ts";
import { NISBA, nameWord, TITLE_NAMES, unquoted } from "./mention-words.ts";
import { lamGenitive } from "./name-then-title.ts";
import { ABBREVIATED_TITLE, constructGenitive, constructOffice, indefiniteTitle } from "./office-words.ts";
import { NAME_JOINERS, titleHead } from "./phrase.ts";
import { isAli, opensWithArticledName } from "./pure-name.ts";
import { localBodyTown, townShape } from "./regional-town.ts";
import { namesPost } from "./title-complements.ts";
import { membersOfBody } from "./title-genitives.ts";
import { royalNameWords, titleRunOn } from "./title-run-on.ts";

/** «خطيب»: an office named only joined to another («إمام وخطيب»); alone, «الخطيب» is a family name. */
const JOINED_ONLY_OFFICES = new Set(["خطيب"]);
/** «وخطيب», «ومؤسس»: a person's office joined by «و» to the one before it (not «والي», «وائل»). */
export const jointOffice = (w: string): boolean =>
  w.length > 3 &&
  /^و(?!ال)/u.test(w) &&
  (PERSON_TITLES.has(titleHead(w.slice(1))) || JOINED_ONLY_OFFICES.has(w.slice(1)));

/** Where the words of the title opened by ws[0] stop: the index of the first word that is not the title's. */
export function titleWordsEnd(ws: string[], first: string, f0: string, head: string): number {
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
  // «والي الجهة بطنجة», «عامل الإقليم بتطوان»: a last bare ب-word after a definite place noun is that place's
  // town (a name is never one word there)
  if (
    i === ws.length - 1 &&
    i >= 2 &&
    townShape(w, true) &&
    /^ال/u.test(ws[i - 1] as string) &&
    PLACE_NOUNS.has(foldWord((ws[i - 1] as string).slice(2)))
  )
    return 1;
  // «مدير هيئة الموانئ بالإسكندرية»: a last definite ب-word after a body is the body's town, not a name
  if (i === ws.length - 1 && /^بال\p{L}{3,}$/u.test(w) && ws.some((x) => ORG_TITLES.has(titleHead(x))))
    return 1;
  // «… بالقصرين لزهر الدريدي», «… الحلفاء بفوسانة الطاهر الماجري»: a town before a last name of 2–4 words
  if (townBeforeLastName(ws, i)) return townBeforeLastName(ws, i);
  return secondPortfolioWords(ws, i);
}
