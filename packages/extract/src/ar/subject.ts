import { seatless, withoutHarakat } from "../text/chars.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { affiliation } from "./affiliation.ts";
import { aliNamesSpeaker } from "./ali.ts";
import { anonymityStart } from "./anonymity.ts";
import { articleHasWord } from "./article-words.ts";
import { bareWordsEnd } from "./bare-words.ts";
import { contactedGroupEnd } from "./contact.ts";
import { joinedNamesEnd } from "./coordinated.ts";
import { countedGroupEnd } from "./counted.ts";
import { counterpartEnd } from "./counterpart.ts";
import { foldArabicWord, PARTICIPLE_FORMS } from "./cues.ts";
import { describedPeopleEnd, describedTitleEnd } from "./described.ts";
import { eachOfEnd, jointBodiesEnd } from "./each-of.ts";
import { informedOfEnd } from "./informed.ts";
import { withoutIssuedObject } from "./issued-object.ts";
import { isParticiple, issuerEnd } from "./issuer.ts";
import { kunyaAfterOneOf } from "./kunya-after-one.ts";
import { afterToldHearer, withoutLamHearer } from "./lam-hearer.ts";
import {
  ADJUNCT_STARTS,
  AFFILIATION_TITLES,
  CHARGE_NOUNS,
  FUNCTION_WORDS,
  foldWord,
  isFunctionWord,
  isOrgHead,
  PEOPLE_NOUNS,
  QUANTIFIERS,
  STATEMENT_NOUNS,
} from "./lexicon.ts";
import { CALLED } from "./mention-words.ts";
import { nameThenTitleEnd } from "./name-first.ts";
import { throughPlaceNumber } from "./numbered-place.ts";
import { numeralGroupEnd } from "./numeral-group.ts";
import { peopleConstructEnd } from "./one-of-them.ts";
import { peopleNounFieldEnd } from "./people-noun-field.ts";
import {
  agrees,
  bare,
  CLOSING_QUOTE,
  COMMA,
  dashJoin,
  definiteWord,
  hasAl,
  isComplementizer,
  isTitleWord,
  NAME_JOINERS,
  nameLike,
  OCCASIONS,
  OPENING_QUOTE,
  periodAt,
  residentsOfTownEnd,
  STANCE_OBJECTS,
  sameTitleBefore,
  TIME_NOUNS,
  titleHead,
  verbObjectAt,
  verbParticles,
} from "./phrase.ts";
import { pointedSubject } from "./pointing.ts";
import { quotedKnownNameEnd } from "./quoted-surname.ts";
import { relativeOfOneEnd } from "./relation-phrase.ts";
import { HAL, HAL_PRONOUN, subjectStop } from "./subject-stop.ts";
import { pastTimeAfterCue } from "./time-after-cue.ts";
import { titledSubjectEnd, titlePhraseEnd } from "./titled.ts";
import { tradeThenAli } from "./trade-before-name.ts";
import { joinedNameEnd } from "./trailing-title.ts";
import { placeAfter } from "./workplace.ts";

/** «في», «عبر», «خلال», «أمس», «اليوم»: an adjunct right after the subject. */
// («وطالب السكان أيضا بـ…», «ودعت الجمعية بدورها إلى …»: a linking word too)
const ADJUNCT_AFTER_SUBJECT = seatless(/^(?:في|عبر|خلال|أمس|اليوم|أيضا|أيضاً|كذلك|بدور(?:ه|ها|هم|هما))$/u);

export interface SpanPair {
  start: number;
  end: number;
}

/**
 * The speaker's words right after a verb cue (VSO order): a title phrase and the name that follows it
 * («وزير الخارجية الإسرائيلي جدعون ساعر»), a name already seen in the article, or the few words before a
 * comma or complementizer. Null when the verb has no expressed subject («وأضاف أن …»).
 */

export function readSubject(
  text: string,
  from: number,
  limit: number,
  knownNames: Set<string>,
): SpanPair | null {
  const told = afterToldHearer(text, from, limit, knownNames);
  if (told !== null) return readSubject(text, told, limit, knownNames);
  const read = subjectSpan(text, from, limit, knownNames);
  if (read) read.end = throughPlaceNumber(text, read.start, read.end, limit);
  return read && withoutLamHearer(text, withoutIssuedObject(text, read), limit, knownNames);
}

const stanceObjectAt = (text: string, from: number, limit: number): boolean => {
  const first = tokensForward(text, from, limit, 1)[0];
  return !!first?.word && STANCE_OBJECTS.test(bare(first));
};

function subjectSpan(text: string, from: number, limit: number, knownNames: Set<string>): SpanPair | null {
  // «وقالت الأسبوع الماضي وزارة …», «وطالبت يونيو الماضي بـ…»: when, right after the verb, is no one
  const timed = pastTimeAfterCue(text, from, limit);
  // «وأكد (أمس) حرص الحكومة على …», «وجدد ضرورة …»: a stance noun opens the verb's object; the subject is implicit
  if (stanceObjectAt(text, timed ?? from, limit)) return null;
  if (timed !== null) return readSubject(text, timed, limit, knownNames);
  // «"…"، يقول المزارع X من قرية Y.»: after a quotation, where the speaker is from closes the sentence
  const place = placeAfterQuotedSpeaker(text, from, limit);
  if (place !== null) {
    const named = readSubject(text, from, place, knownNames);
    if (named) return filledRoom(text, named, place);
  }
  // «وقال مسؤول رفض الكشف عن اسمه إن …»: the speaker ends where the request for anonymity starts
  const anonymous = anonymityStart(text, from, limit);
  if (anonymous !== null) {
    const unnamed = readSubject(text, from, anonymous, knownNames);
    return unnamed && filledRoom(text, unnamed, anonymous);
  }
  let toks = tokensForward(text, from, limit, 16);
  // «وأكد كل من الوزير X ونظيره Y أن …», «وأكدت مصر وقطر في بيان …»: both parties, joined by «و»
  const both = eachOfEnd(text, toks) ?? joinedNamesEnd(text, toks) ?? jointBodiesEnd(text, toks);
  if (both) return { start: (toks[0] as Token).start, end: both };
  // «وتوقع 12 من أصل 15 محللاً أن …»: a counted group (its accusative noun is no ḥāl)
  const counted = countedGroupEnd(toks);
  if (counted) return { start: (toks[0] as Token).start, end: (toks[counted - 1] as Token).end };
  // «وطالبت ثمانية أندية من الدوري الممتاز، …»: a number and the plural it counts
  const numbered = numeralGroupEnd(text, toks);
  if (numbered) return { start: (toks[0] as Token).start, end: (toks[numbered - 1] as Token).end };
  // «وقال شهود عيان تحدثوا لرويترز إن …»: the group, not how the outlet reached it
  const contacted = contactedGroupEnd(text, toks);
  if (contacted) return { start: (toks[0] as Token).start, end: (toks[contacted - 1] as Token).end };
  // «وتابع الوزير مخاطبا النواب: …», «وقال المتهم وهو يغالب دموعه: …»: a ḥāl after the subject ends it
  const stop = subjectStop(toks, knownNames);
  const full = toks;
  if (stop > 0) toks = toks.slice(0, stop);
  // «وقال (م.ب)، صاحب محل …، إن»: a speaker known only by initials in brackets (Maghrebi press)
  const initials = bracketedInitials(toks, 0);
  if (initials) return { start: (toks[1] as Token).start, end: (toks[initials - 2] as Token).end };
  const t0 = toks[0];
  const quoted = quotedOutletEnd(text, toks) || quotedKnownNameEnd(full, knownNames);
  if (t0 && quoted) return { start: t0.start, end: (toks[quoted - 1] as Token).end };
  if (!t0?.word || isComplementizer(text, t0)) return null;
  // «ردّ قائلا: …», «وعلّق مضيفا أن …», «قبل أن يضيف مخاطبا إياهم: …»: a participle right after the verb is
  // its manner, not its subject (not a title, «مصدرا», nor a plural with «ها», «منتقدوها»)
  const manner = isHal(t0) && !isTitleWord(titleHead(t0.text)) && !/[وي]ها$/u.test(bare(t0));
  if (isParticiple(foldArabicWord(t0.text), toks[1] && foldArabicWord(toks[1].text)) || manner) return null;
  // «وتقول للجزيرة نت إن …»: the hearer («لل…») right after the verb; its subject is implicit
  if (/^لل/u.test(t0.text)) return null;
  // «وأضاف لعنب بلدي أنه …»: «لـ» + an outlet or body the article also names on its own is the hearer
  if (hearerNamedElsewhere(text, t0, knownNames)) return null;
  // «وتقول هذه الأوساط», «وأشار ذات المسؤول»: a title pointed back to by a demonstrative or «ذات/نفس»
  if (sameTitleBefore(toks) || pointedSubject(text, toks))
    return { start: t0.start, end: (toks[1] as Token).end };
  const counterpart = counterpartEnd(text, toks, from);
  if (counterpart) return { start: t0.start, end: (toks[counterpart - 1] as Token).end };
  const f0 = foldWord(t0.text);
  // «الأحد» folds to «احد»: «أحد سكان الحي» (one of) is not the weekday
  const oneOf = /^(?:أحد|إحدى|احد|احدى)$/u.test(bare(t0));
  // («إمام المسجد» folds apart from «أمام»: a title, not the preposition)
  // («وقال علي حسن إن …»: the name Ali, not the preposition «على» with a dotted ya)
  const ali = aliNamesSpeaker(text, t0.start, limit, !!verbParticles(text, from)?.has("علي"));
  if (!oneOf && !ali && (isFunctionWord(t0.text) || ADJUNCT_STARTS.has(f0))) return null;
  // «وقال أحدهم لموزاييك إن …»: «one of them» is the whole subject; what follows is no name
  if (/^(?:أحد|إحدى|احد|احدى)(?:هم|هن|هما)$/u.test(bare(t0))) return { start: t0.start, end: t0.end };
  let end =
    describedTitleEnd(text, toks) ??
    titledSubjectEnd(text, toks, from, knownNames) ??
    describedGroupEnd(text, toks, f0, oneOf) ??
    peopleConstructEnd(text, toks, knownNames) ??
    knownNameEnd(text, toks, f0, knownNames) ??
    definiteNounEnd(text, toks) ??
    (relativeOfOneEnd(text, toks) || null) ??
    peopleNounFieldEnd(text, toks, from, knownNames) ??
    bareWordsEnd(text, toks, from) ??
    joinedNameEnd(text, toks, from, (r) => titlePhraseEnd(text, r, 1)) ??
    nameThenTitleEnd(text, toks);
  if ((end === 1 || end === null) && !knownNames.has(f0)) {
    const described = describedPeopleEnd(text, toks, verbParticles(text, from));
    if (described > 1) end = described;
  }
  if (end !== null) {
    if (oneOf) end += kunyaAfterOneOf(text, full, end);
    end += informedOfEnd(text, toks, end);
    end += issuerEnd(text, full, end, limit, knownNames, readSubject);
    // «سيدة تدعى «هـ. م»»: the description may have taken «تدعى» in
    const called = CALLED.test(bare(toks[end - 1] as Token)) ? end - 1 : end;
    const last =
      end - 1 + (bracketedInitials(toks, end) || Math.max(0, called + calledName(toks, called) - end));
    return { start: t0.start, end: ((full[last] ?? toks[last]) as Token).end };
  }
  // «أوساط قريبة من الرئيس»: a lone source noun and what it is close to or informed of
  const informed = informedOfEnd(text, toks, 1);
  return nameLike(text, t0) ? { start: t0.start, end: (toks[informed] ?? t0).end } : null;
}

/**
 * «وذكرت "سانا" أن …», «ونقلت «الأناضول» عن …», «وقالت "حماس" في بيان …»: a short quoted name right after
 * the verb, before the complementizer, the relayed «عن» or the statement it was made in, is the subject
 * (an outlet or a body), not the content. Returns the tokens through its closing mark (0 if none).
 */
function quotedOutletEnd(text: string, toks: Token[]): number {
  if (!OPENING_QUOTE.test(toks[0]?.text ?? "")) return 0;
  const close = toks.findIndex((t, k) => k > 1 && CLOSING_QUOTE.test(t.text));
  if (close < 2 || close > 4 || toks.slice(1, close).some((t) => !t.word)) return 0;
  const next = toks[close + 1];
  if (!next?.word) return 0;
  const inStatement = next.text === "في" && STATEMENT_NOUNS.has(foldWord(toks[close + 2]?.text ?? ""));
  return isComplementizer(text, next) || bare(next) === "عن" || inStatement ? close + 1 : 0;
}

/** «، مخاطبا النواب،»: a ḥāl opening an aside, never a name. */
export const isHal = (t: Token): boolean => t.word && HAL.test(bare(t));

/** «لعنب بلدي» when «عنب بلدي» stands in the article without «لـ»: a name never starts with that «لـ». */
function hearerNamedElsewhere(text: string, t0: Token, knownNames: Set<string>): boolean {
  const b = bare(t0);
  if (!/^ل[^ل]\p{L}{2,}$/u.test(b) || knownNames.has(foldWord(t0.text))) return false;
  return articleHasWord(text, b.slice(1));
}

/**
 * «عدد من النواب», «مجموعة من الخبراء الاقتصاديين», «عدد من المسؤولين في الوزارة»: named by the description;
 * «عدد من أعضاء المجلس التشريعي», «أحد سكان الحي»: a construct with its definite genitive.
 */
function describedGroupEnd(text: string, toks: Token[], f0: string, one: boolean): number | null {
  const quantified = QUANTIFIERS.has(f0) && foldWord(toks[1]?.text ?? "") === "من";
  const headAt = quantified ? 2 : 1;
  // «أحد سكان غزة», «عدد من سكان مدينة سبها»: (some of) the people of a place named without the article
  const town = one || quantified ? residentsOfTownEnd(text, toks, headAt) : 0;
  if (town) return town;
  const qHead = toks[headAt];
  const construct =
    (quantified || one) &&
    qHead?.word === true &&
    !hasAl(qHead) &&
    nameLike(text, qHead) &&
    definiteWord(toks[headAt + 1]);
  if (!((quantified && qHead?.word && hasAl(qHead)) || construct || oneOfDefinite(one, qHead))) return null;
  let i = construct ? headAt + 2 : headAt + 1;
  while (i < 7 && definiteWord(toks[i]) && /^ال/u.test(bare(toks[i] as Token))) i++;
  if (AFFILIATION_TITLES.has(titleHead((toks[headAt] as Token).text))) i += affiliation(text, toks, i);
  return groupPlaceEnd(text, toks, i);
}

/** «عدد من المصدرين في المنطقة الحرة بجبل علي»: where they are (not an occasion: «في الجلسة», «في بيان»). */
function groupPlaceEnd(text: string, toks: Token[], i: number): number {
  const where = toks[i + 1];
  if (
    foldWord(toks[i]?.text ?? "") === "في" &&
    where?.word &&
    /^ال/u.test(bare(where)) &&
    !STATEMENT_NOUNS.has(foldWord(where.text)) &&
    !OCCASIONS.test(bare(where).slice(2)) &&
    !TIME_NOUNS.test(bare(where).slice(2))
  ) {
    let j = i + 2;
    while (j < i + 4 && toks[j]?.word && /^ال/u.test(bare(toks[j] as Token))) j++;
    return j + placeAfter(text, toks, j);
  }
  return i;
}

/** «(ع.ح.)», «(م. ع.)»: initials in brackets after a speaker phrase (who is not named in full) go on with it. */
function bracketedInitials(toks: Token[], i: number): number {
  if (toks[i]?.text !== "(") return 0;
  let k = i + 1;
  while (k < i + 6 && (INITIAL.test((toks[k] as Token | undefined)?.text ?? "") || toks[k]?.text === "."))
    k++;
  return k > i + 1 && toks[k]?.text === ")" && INITIAL.test((toks[i + 1] as Token).text) ? k - i + 1 : 0;
}
const INITIAL = /^\p{L}(?:\.\p{L})*$/u;

/**
 * «سيدة تدعى «هـ. م»», «شاب يدعى سامر»: the name a description is given after «تدعى/يدعى» at `i` (quoted, or
 * one to three words), as the tokens it spans with the verb (0 if none).
 */
function calledName(toks: Token[], i: number): number {
  if (!toks[i]?.word || !CALLED.test(bare(toks[i] as Token))) return 0;
  if (OPENING_QUOTE.test(toks[i + 1]?.text ?? "")) {
    const close = toks.findIndex((t, k) => k > i + 1 && k < i + 8 && CLOSING_QUOTE.test(t.text));
    return close > 0 ? close - i + 1 : 0;
  }
  let k = i + 1;
  while (k < i + 4 && toks[k]?.word && !FUNCTION_WORDS.has(foldWord((toks[k] as Token).text))) k++;
  return k > i + 1 ? k - i : 0;
}

/** «… أن», «…،», «….»: the clause or the sentence goes on after a subject here, no object between. */
const closedBy = (text: string, next: Token | undefined): boolean =>
  !next || (next.word ? isComplementizer(text, next) : /^[،,.:]$/u.test(next.text));

/** «عبد الرحيم عبد الكريم»: a name already seen in the article, word by word. */
function knownNameEnd(text: string, toks: Token[], f0: string, knownNames: Set<string>): number | null {
  // («واشتكى سكان الحي …» after «أحد السكان»: a noun of people met before is still no name)
  if (!knownNames.has(f0) || PEOPLE_NOUNS.has(f0)) return null;
  let i = 1;
  // «وطالبت الحمادي الهيئة بـ…»: after a name, a definite title or body head is the verb's object
  // (not one the clause opens right after: «وأضاف محمد الأمين أن …» names «محمد الأمين» met before)
  const object = (t: Token, k: number): boolean =>
    hasAl(t) && isTitleWord(titleHead(t.text)) && !closedBy(text, toks[k + 1]);
  while (
    i < toks.length &&
    toks[i]?.word &&
    knownNames.has(foldWord((toks[i] as Token).text)) &&
    !(
      object(toks[i] as Token, i) &&
      !isTitleWord(titleHead((toks[0] as Token).text)) &&
      // «وأضاف ولد الشيخ الغزواني أن …»: after a joiner it is more of the name
      !NAME_JOINERS.has(bare(toks[i - 1] as Token))
    )
  )
    i++;
  // «عبد الكريم» after «عبد الرحيم»: a compound name's first part does not end the name
  while (i < toks.length && NAME_JOINERS.has(bare(toks[i - 1] as Token)) && toks[i]?.word) i++;
  return i;
}

/** «وطالب المتظاهرون بإسقاط …», «وأكدت الحكومة الأردنية أن …»: a definite noun (and its adjectives). */
function definiteNounEnd(text: string, toks: Token[]): number | null {
  const t0 = toks[0] as Token;
  if (!hasAl(t0)) return null;
  let i = 1;
  while (
    i < 4 &&
    definiteWord(toks[i]) &&
    agrees(t0, toks[i] as Token) &&
    !verbObjectAt(toks, i) &&
    !periodAt(toks, i)
  )
    i++;
  i += placeAfter(text, toks, i);
  // «الهلال الأحمر الليبي - فرع طبرق»: a spaced dash before the body's branch and its town
  if (dashJoin(text, toks, i) && isOrgHead(foldWord((toks[i + 1] as Token).text))) {
    i += 2;
    while (i < 6 && toks[i]?.word && nameLike(text, toks[i] as Token)) i++;
  }
  const next = toks[i];
  const opens =
    !next?.word ||
    isComplementizer(text, next) ||
    // «وطالبت الجماهير عبر منصات التواصل بإقالة …»: an adjunct after the subject
    ADJUNCT_AFTER_SUBJECT.test(next.text) ||
    // «وقال الزهراني لـ«أرقام» إن …», «… لصحيفة …»: the hearer after the subject
    (/^ل/u.test(next.text) && ADJUNCT_STARTS.has(foldWord(next.text))) ||
    // «وأنكر المتهم الرئيسي التهم المنسوبة إليه»: the charges denied
    CHARGE_NOUNS.has(foldWord(next.text)) ||
    periodAt(toks, i) ||
    (/^(?:[إا]ل[ىي]|عل[ىي]|عن|من)$/.test(withoutHarakat(next.text)) && !tradeThenAli(text, toks, i)) ||
    // («السالكة بنت الشيخ», «الطاهر بن علي»: a given name with the article goes on after «بن/بنت»)
    (/^ب/.test(next.text) && !(i === 1 && NAME_JOINERS.has(bare(next)) && !PLURAL_END.test(bare(t0))));
  return opens && !isFunctionWord(t0.text) ? i : null;
}

/** «المحتجون», «المتظاهرين», «النقابات»: a plural, never a given name. */
const PLURAL_END = /(?:ون|ين|ات)$/u;

/** «أحد المحتجين», «إحدى الناجيات»: one of a definite group, named by it. */
const oneOfDefinite = (one: boolean, group: Token | undefined): boolean => one && definiteWord(group);

/**
 * «وتابع الوزير مخاطبا النواب: «…»», «وقال، متحدثا للصحفيين، إن …»: the ḥāl and its few words after the
 * subject, when a colon or a complementizer follows them; returns where they end (null if none).
 */
export function halPhraseEnd(text: string, from: number, limit: number): number | null {
  const toks = tokensForward(text, from, limit, 10);
  let i = toks[0] && COMMA.test(toks[0].text) ? 1 : 0;
  const hal = toks[i];
  // («وهو يغالب دموعه: …»: a clause with its own pronoun, a few words longer)
  const clause = !!hal?.word && HAL_PRONOUN.test(bare(hal));
  const participle = !!hal?.word && HAL.test(bare(hal)) && !PARTICIPLE_FORMS.has(foldArabicWord(hal.text));
  if (!clause && !participle) return null;
  for (i++; i < toks.length && i < (clause ? 9 : 6); i++) {
    const t = toks[i] as Token;
    if (t.text === ":" || isComplementizer(text, t)) return (toks[i - 1] as Token).end;
    if (!t.word && !COMMA.test(t.text)) return null;
  }
  return null;
}

/**
 * «"…"، قال أحمد حسن من بيت لاهيا», «وقال دبلوماسي غربي طلب عدم …»: bare words of a few (a name, a noun and
 * its adjective) fill the subject's room up to where what follows it starts.
 */
function filledRoom(text: string, read: SpanPair, roomEnd: number): SpanPair {
  const words = tokensForward(text, read.start, roomEnd, 6);
  const last = words[words.length - 1];
  return last && words.length < 6 && words.every((t) => nameLike(text, t))
    ? { start: read.start, end: last.end }
    : read;
}

/**
 * «"…"، يقول المزارع X من قرية Y.»: where a cue follows a quotation and its speaker, a «من» phrase ending the
 * sentence says where the speaker is from. Returns where «من» starts (null otherwise).
 */
function placeAfterQuotedSpeaker(text: string, from: number, limit: number): number | null {
  if (!/[”"»][\s\u00A0]*[،,][\s\u00A0]*\S+[\s\u00A0]*$/u.test(text.slice(Math.max(0, from - 30), from)))
    return null;
  const m =
    /^(?:[\s\u00A0]*[\p{L}\p{M}]+){1,5}?[\s\u00A0]+من[\s\u00A0]+[^،,.!؟?:"«»“”]{2,40}[.!؟?]?[\s\u00A0]*$/u.exec(
      text.slice(from, limit),
    );
  if (!m) return null;
  const at = text.slice(from, limit).search(/[\s\u00A0]+من[\s\u00A0]/u);
  return at > 0 ? from + at : null;
}
