import { type Token, tokensBackward, tokensForward } from "../text/tokens.ts";
import { foldArabicWord, PARTICIPLE_FORMS, VERB_FORMS } from "./cues.ts";
import {
  ADJUNCT_STARTS,
  AFFILIATION_TITLES,
  BARE_RELATIVE_VERB,
  FUNCTION_WORDS,
  foldWord,
  ORG_TITLES,
  PERSON_TITLES,
  QUANTIFIERS,
  RELATIVE_VERB,
  STATEMENT_NOUNS,
  TITLE_ADJECTIVES,
  TITLE_LINKS,
} from "./lexicon.ts";

import {
  abbreviatedTitle,
  affiliation,
  agrees,
  articledParticle,
  bare,
  belongsTo,
  COMMA,
  closesName,
  constructGenitive,
  hasAl,
  isComplementizer,
  isNameAli,
  isTitleWord,
  knownPrefix,
  lamComplement,
  NAME_JOINERS,
  nameLike,
  OCCASIONS,
  opensBaObject,
  placeAfter,
  quotedName,
  sameTitleBefore,
  startsArticleName,
  TIME_NOUNS,
  titleHead,
  verbParticles,
  workplaceBeforeName,
} from "./phrase.ts";

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
  const toks = tokensForward(text, from, limit, 16);
  const t0 = toks[0];
  if (!t0?.word || isComplementizer(text, t0)) return null;
  // «ردّ قائلا: …», «وعلّق مضيفا أن …»: a participle right after the verb is its manner, not its subject
  if (PARTICIPLE_FORMS.has(foldArabicWord(t0.text))) return null;
  const f0 = foldWord(t0.text);
  // «الأحد» folds to «احد»: «أحد سكان الحي» (one of) is not the weekday
  const oneOf = /^(?:أحد|إحدى|احد|احدى)$/u.test(bare(t0));
  if (!oneOf && (FUNCTION_WORDS.has(f0) || ADJUNCT_STARTS.has(f0))) return null;
  if (sameTitleBefore(toks)) return { start: t0.start, end: (toks[1] as Token).end };
  const head = titleHead(t0.text);
  const abbreviated = abbreviatedTitle(toks, 0);
  if (isTitleWord(head) || abbreviated) {
    let i = abbreviated || 1;
    const isOrg = ORG_TITLES.has(head) && !PERSON_TITLES.has(head);
    // right after a definite head, a definite word that does not agree with it is the verb's object
    // («ودعت الوزارة المواطنين …»), not an adjective; after a genitive the check stops
    let checking = hasAl(t0);
    while (i < toks.length) {
      const t = toks[i] as Token;
      const f = foldWord(t.text);
      const abbreviation = abbreviatedTitle(toks, i);
      if (abbreviation) {
        i += abbreviation;
        continue;
      }
      if (!t.word && !quotedName(toks, i)) break;
      if (t.word && ((FUNCTION_WORDS.has(f) && !isNameAli(t)) || isComplementizer(text, t))) break;
      const lam = lamComplement(toks, i) || constructGenitive(toks, i);
      const quoted = quotedName(toks, i);
      if (!t.word && quoted) {
        i += quoted;
        checking = false;
        continue;
      }
      // «السيد الحبيب بن علي», «رئيس الجمعية الهادي الجلاصي»: a given name with the article opens the name
      if (startsArticleName(text, toks, i)) break;
      if (TITLE_LINKS.has(f) && i + 1 < toks.length && toks[i + 1]?.word) {
        // «المتحدثة باسم مفوضية اللاجئين»: after the link comes a genitive, not an adjective of the head
        checking = false;
        const org = toks[i + 1] as Token;
        i += 2;
        // «المتحدث باسم حركة حماس حازم قاسم»: a body's own name before the person's two
        if (
          ORG_TITLES.has(foldWord(org.text)) &&
          !hasAl(org) &&
          [0, 1, 2].every((k) => toks[i + k] !== undefined && nameLike(text, toks[i + k] as Token))
        )
          i++;
      } else if (isTitleWord(f) || TITLE_ADJECTIVES.has(f)) i++;
      else if (hasAl(t)) {
        if (checking && /^ال/u.test(bare(t))) {
          if (!agrees(t0, t)) break;
        } else checking = false;
        i++;
      } else if (lam) {
        checking = false;
        i += lam;
      } else {
        // «أستاذة القانون الجنائي بجامعة القاهرة الدكتورة منى الشريف»
        const place = i > 1 ? placeAfter(text, toks, i) : 0;
        if (!place) break;
        checking = false;
        i += place;
      }
    }
    i += bracketedAbbreviation(toks, i, isOrg);
    // «وزارة الثروة الزراعية والسمكية وموارد المياه أن …»: a coordinated construct ends the body's name
    // when the complementizer or a comma closes it
    if (isOrg && i > 1) {
      const conj = toks[i];
      const gen = toks[i + 1];
      const closer = toks[i + 2];
      if (
        conj?.word &&
        gen?.word &&
        /^و[^ا]/u.test(bare(conj)) &&
        !hasAl(conj) &&
        !FUNCTION_WORDS.has(foldWord(bare(conj).slice(1))) &&
        !VERB_FORMS.has(foldArabicWord(bare(conj))) &&
        hasAl(gen) &&
        (!closer || COMMA.test(closer.text) || isComplementizer(text, closer))
      )
        i += 2;
    }
    const before = i;
    if (AFFILIATION_TITLES.has(head)) i += affiliation(text, toks, i);
    // «الهيئة الإقليمية للأمن الغذائي في الساحل، …», «طبيب في المستشفى العامل في المدينة، …»: the place
    // of an institution or an affiliation, closed by a comma
    if (((isOrg && i > 1) || i > before) && foldWord(toks[i]?.text ?? "") === "في") {
      let j = i + 1;
      while (j < i + 3 && toks[j]?.word && hasAl(toks[j] as Token)) j++;
      const place = toks[i + 1] as Token | undefined;
      const closer = toks[j];
      if (
        j > i + 1 &&
        place &&
        !STATEMENT_NOUNS.has(foldWord(place.text)) &&
        !ADJUNCT_STARTS.has(foldWord(place.text)) &&
        (!closer || COMMA.test(closer.text) || isComplementizer(text, closer))
      )
        i = j;
    }

    // an institution's own name right after its head: «وكالة رويترز», «حركة حماس» (never after «الوزارة»:
    // «وأعلنت الوزارة إغلاق …» has the object next)
    if (isOrg && i === 1 && !hasAl(t0)) {
      // not the verb's object («وأصدرت الوزارة بيانا …», «دولة قطر بتوقيع …») nor a relative clause
      // («دراسة حديثة أجراها باحثون …»)
      const own = (t: Token): boolean =>
        nameLike(text, t) &&
        !STATEMENT_NOUNS.has(foldWord(t.text).replace(/ا$/u, "")) &&
        !/^ب(?:ت|ا|إ|أ)/u.test(bare(t)) &&
        // «ويرحب الاتحاد بكل مبادرة»: after a verb that takes ب, a ب-word opens its object
        !(/^ب/u.test(bare(t)) && verbParticles(text, from)?.has("ب")) &&
        !RELATIVE_VERB.test(foldArabicWord(t.text)) &&
        !BARE_RELATIVE_VERB.test(foldArabicWord(t.text));
      i = ownNameEnd(toks, i, own);

      // «منظمة أطباء الأمل الإنسانية»: the name may go on with definite words
      while (
        i > 1 &&
        i < 5 &&
        toks[i]?.word &&
        hasAl(toks[i] as Token) &&
        !FUNCTION_WORDS.has(foldWord((toks[i] as Token).text))
      )
        i++;
    }
    i += placeAfter(text, toks, i);
    if (!isOrg) i += workplaceBeforeName(text, toks, i);
    // «محور تعز العسكري التابع للحكومة المعترف بها دوليا»: what the body belongs to
    if (isOrg) i += belongsTo(toks, i);
    if (!isOrg) {
      const titleEnd = i;
      let names = 0;
      // a name; after its first word, family names with the article may follow («محمد الحمصاني»)
      while (i < toks.length && names < 4) {
        const t = toks[i] as Token;
        // «ليلى حسن للصحفيين»: an addressee with «لل» is no family name
        const familyName =
          names > 0 &&
          t.word &&
          hasAl(t) &&
          (!FUNCTION_WORDS.has(foldWord(t.text)) || articledParticle(t)) &&
          !ADJUNCT_STARTS.has(foldWord(t.text)) &&
          !/^لل/u.test(bare(t));
        const articleName = names === 0 && startsArticleName(text, toks, i);
        if ((!nameLike(text, t) && !familyName && !articleName) || opensBaObject(text, from, t, names)) break;
        i++;
        // «بدر بن محمد آل حمدان»: «بن», «آل» join the words of one name, they are not more of it
        if (names === 0 || !NAME_JOINERS.has(bare(t))) names++;
      }
      if (names > 0 && !closesName(text, toks, i, verbParticles(text, from)))
        i = knownPrefix(toks, titleEnd, i, knownNames);
    }
    return { start: t0.start, end: (toks[i - 1] as Token).end };
  }
  // «عدد من النواب», «مجموعة من الخبراء الاقتصاديين», «عدد من المسؤولين في الوزارة»: named by the description
  // «عدد من أعضاء المجلس التشريعي», «أحد سكان الحي»: a construct with its definite genitive
  const quantified = QUANTIFIERS.has(f0) && foldWord(toks[1]?.text ?? "") === "من";
  const one = oneOf;
  const headAt = quantified ? 2 : 1;
  const qHead = toks[headAt];
  const construct =
    (quantified || one) &&
    qHead?.word === true &&
    !hasAl(qHead) &&
    nameLike(text, qHead) &&
    toks[headAt + 1]?.word === true &&
    hasAl(toks[headAt + 1] as Token) &&
    !FUNCTION_WORDS.has(foldWord((toks[headAt + 1] as Token).text));
  if ((quantified && qHead?.word && hasAl(qHead)) || construct || oneOfDefinite(one, qHead)) {
    let i = construct ? headAt + 2 : headAt + 1;
    while (
      i < 7 &&
      toks[i]?.word &&
      hasAl(toks[i] as Token) &&
      !FUNCTION_WORDS.has(foldWord((toks[i] as Token).text)) &&
      /^ال/u.test(bare(toks[i] as Token))
    )
      i++;
    if (AFFILIATION_TITLES.has(titleHead((toks[headAt] as Token).text))) i += affiliation(text, toks, i);
    // «عدد من المصدرين في المنطقة الحرة بجبل علي»: where they are (not an occasion: «في الجلسة», «في بيان»)
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
      i = j + placeAfter(text, toks, j);
    }
    return { start: t0.start, end: (toks[i - 1] as Token).end };
  }
  if (knownNames.has(f0)) {
    let i = 1;
    while (i < toks.length && toks[i]?.word && knownNames.has(foldWord((toks[i] as Token).text))) i++;
    // «عبد الكريم» after «عبد الرحيم»: a compound name's first part does not end the name
    while (i < toks.length && NAME_JOINERS.has(bare(toks[i - 1] as Token)) && toks[i]?.word) i++;
    return { start: t0.start, end: (toks[i - 1] as Token).end };
  }
  // «وطالب المتظاهرون بإسقاط …», «وأكدت الحكومة الأردنية أن …»: a definite noun (and its adjectives)
  if (hasAl(t0)) {
    let i = 1;
    while (
      i < 4 &&
      toks[i]?.word &&
      hasAl(toks[i] as Token) &&
      !FUNCTION_WORDS.has(foldWord((toks[i] as Token).text)) &&
      agrees(t0, toks[i] as Token)
    )
      i++;
    i += placeAfter(text, toks, i);
    const next = toks[i];
    const opens =
      !next?.word ||
      isComplementizer(text, next) ||
      // «وطالبت الجماهير عبر منصات التواصل بإقالة …»: an adjunct after the subject
      ["في", "عبر", "خلال", "أمس", "اليوم"].includes(next.text) ||
      /^(?:[إا]ل[ىي]|عل[ىي]|عن|من)$/.test(next.text.replace(/[\u064B-\u065F\u0640]/g, "")) ||
      /^ب/.test(next.text);
    if (opens && !FUNCTION_WORDS.has(f0)) return { start: t0.start, end: (toks[i - 1] as Token).end };
  }
  for (let i = 1; i < Math.min(toks.length, 6); i++) {
    const t = toks[i] as Token;
    if (!t.word || isComplementizer(text, t)) {
      const words = toks.slice(0, i);
      if (words.every((w) => nameLike(text, w) || hasAl(w)))
        return { start: t0.start, end: (toks[i - 1] as Token).end };
      break;
    }
  }
  return nameLike(text, t0) ? { start: t0.start, end: t0.end } : null;
}

/**
 * «منظمة الأغذية والزراعة (فاو)», «ممثل منظمة الأغذية والزراعة (فاو) لدى الجامعة»: an abbreviation in
 * brackets after a body's name, in the body's own phrase or inside a person's title, goes on with it.
 */
function bracketedAbbreviation(toks: Token[], i: number, isOrg: boolean): number {
  if (toks[i]?.text !== "(" || !toks[i + 1]?.word || toks[i + 2]?.text !== ")") return 0;
  return isOrg || toks.slice(1, i).some((t) => t.word && ORG_TITLES.has(foldWord(t.text))) ? 3 : 0;
}

/**
 * An institution's own name of up to two words after its head («وكالة رويترز», «منظمة أطباء بلا»), and
 * the noun a «بلا» inside it takes: «منظمة أطباء بلا حدود».
 */
function ownNameEnd(toks: Token[], from: number, own: (t: Token) => boolean): number {
  let i = from;
  while (i < 3 && i < toks.length && own(toks[i] as Token)) i++;
  const last = toks[i - 1];
  if (i > from && last && bare(last) === "بلا" && toks[i]?.word) i++;
  return i;
}

/** «أحد المحتجين», «إحدى الناجيات»: one of a definite group, named by it. */
const oneOfDefinite = (one: boolean, group: Token | undefined): boolean =>
  one && !!group?.word && hasAl(group) && !FUNCTION_WORDS.has(foldWord(group.text));

/** «وكان ترامب قد أعلن»: the subject between كان and قد, before the verb. */
export function readPluperfectSubject(
  text: string,
  sentenceStart: number,
  qadStart: number,
): SpanPair | null {
  // the subject may carry an apposition between commas: «وكان الدكتور X، وزير النقل، قد أكد»
  const back = tokensBackward(text, sentenceStart, qadStart, 24);
  let last = -1;
  for (let i = 0; i < back.length; i++) {
    const t = back[i] as Token;
    if (!t.word) {
      if (!/^[،,«»“”"()]$/u.test(t.text)) return null;

      continue;
    }
    if (/^[وف]?كان(?:ت|وا)?$/u.test(foldWord(t.text)) && last >= 0) {
      let first = i - 1;
      while (first > last && !(back[first] as Token).word) first--;
      // a closing bracket or quote right after the last word belongs to it: «… للبترول (أوبك)»
      const close = back[last - 1];
      const end = close && /^[)»”]$/u.test(close.text) ? close.end : (back[last] as Token).end;
      return { start: (back[first] as Token).start, end };
    }
    if (last < 0) last = i;
  }
  return null;
}
