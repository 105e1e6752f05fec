import { type Token, tokensBackward, tokensForward } from "../text/tokens.ts";
import { AR_COMPLEMENTIZER, FORM_PARTICLES, foldArabicWord, PARTICIPLE_FORMS, VERB_FORMS } from "./cues.ts";
import {
  ADJUNCT_STARTS,
  AFFILIATION_HEADS,
  AFFILIATION_LINKS,
  AFFILIATION_TITLES,
  BA_PARTICIPLES,
  BARE_RELATIVE_VERB,
  FUNCTION_WORDS,
  foldWord,
  hasArticle,
  isArticleName,
  lamHead,
  ORG_TITLES,
  PERSON_TITLES,
  PLACE_NOUNS,
  QUANTIFIERS,
  RELATIVE_VERB,
  STATEMENT_NOUNS,
  TITLE_ADJECTIVES,
  TITLE_LINKS,
} from "./lexicon.ts";

export interface SpanPair {
  start: number;
  end: number;
}

const hasAl = (t: Token): boolean => hasArticle(t.text);
export const isComplementizer = (text: string, t: Token): boolean =>
  t.word && AR_COMPLEMENTIZER.test(text.slice(t.start, t.end + 1));
const isTitleWord = (f: string): boolean => PERSON_TITLES.has(f) || ORG_TITLES.has(f);
/** «علي» with a dotted ya is the name Ali; «على» is the preposition. */
const isNameAli = (t: Token): boolean => t.text.replace(/[\u064B-\u065F\u0640]/g, "") === "علي";
const nameLike = (text: string, t: Token): boolean =>
  t.word &&
  !hasAl(t) &&
  (isNameAli(t) || !FUNCTION_WORDS.has(foldWord(t.text))) &&
  !isComplementizer(text, t) &&
  !/^\p{N}/u.test(t.text) &&
  !ADJUNCT_STARTS.has(foldWord(t.text)) &&
  // «فردّ الوزير قائلا»: a participle cue is never part of a name
  !PARTICIPLE_FORMS.has(foldArabicWord(t.text)) &&
  // «بالاتفاق», «كالعادة»: a preposition with the article is never a name
  !/^[بك]ال/u.test(t.text) &&
  !t.text.endsWith("ـ");

/**
 * A bare title can be followed directly by the verb's nominal object («ونفى المتحدث باسم الحكومة وجود
 * خلافات مع …»), which reads like a name. Words after a title count as a name when punctuation, a
 * complementizer (or a preposition before one) or an adjunct («في», «أمس») closes them, or when the article named them before.
 */
function closesName(text: string, toks: Token[], i: number, particles?: Set<string>): boolean {
  const next = toks[i];
  if (!next?.word || isComplementizer(text, next) || ADJUNCT_STARTS.has(foldWord(next.text))) return true;
  // the verb's own particle opens its object: «أعرب الأمين العام … أنطونيو غوتيريش عن قلقه», «ورحب … بالاتفاق»
  const nf = foldArabicWord(next.text);
  if (particles && toks[i + 1]?.word && particles.has(nf)) return true;
  // a definite ب-phrase is the verb's object or an adjunct, never more of a name: «ورحب … بدر عبد العاطي بالاتفاق»
  if (/^بال/u.test(nf)) return true;
  // «وأرجع الخبير عوني الربضي ذلك إلى …»: a demonstrative opens the object
  if (/^(?:ذلك|هذا|هذه|تلك|هذين|هاتين)$/u.test(next.text)) return true;
  // the verb's own preposition before its complementizer: «حذّر … من أن», «لفت … إلى أن»
  const after = toks[i + 1];
  return FUNCTION_WORDS.has(foldWord(next.text)) && after !== undefined && isComplementizer(text, after);
}

/**
 * «التابع للحكومة المعترف بها دوليا», «التابعة لوزارة الداخلية»: the body an institution belongs to.
 * Returns the tokens it spans (0 if none).
 */
function belongsTo(toks: Token[], i: number): number {
  let j = i;
  const t = toks[j];
  const l = toks[j + 1];
  if (t?.word && /^ال?تابع(?:ة|ين|ون)?$/u.test(bare(t)) && l?.word && /^ل/u.test(bare(l))) {
    j += 2;
    while (
      j < i + 5 &&
      toks[j]?.word &&
      /^ال/u.test(bare(toks[j] as Token)) &&
      !/^المعترف$/u.test(bare(toks[j] as Token))
    )
      j++;
  }
  // «المعترف بها دوليا» (also when «المعترف» was read with the title)
  if (
    j === i &&
    toks[j]?.word &&
    /^(?:بها|به|بهم)$/u.test(bare(toks[j] as Token)) &&
    toks[j - 1]?.word &&
    /^المعترف$/u.test(bare(toks[j - 1] as Token))
  ) {
    j++;
    if (toks[j]?.word && /^دوليا$/u.test(bare(toks[j] as Token))) j++;
    return j - i;
  }
  const by = toks[j + 1];
  if (
    toks[j]?.word &&
    /^المعترف$/u.test(bare(toks[j] as Token)) &&
    by?.word &&
    /^(?:بها|به|بهم)$/u.test(bare(by))
  ) {
    j += 2;
    if (toks[j]?.word && /^دوليا$/u.test(bare(toks[j] as Token))) j++;
  }
  return j - i;
}

/** The particles the reporting verb right before `from` takes («أعرب» → عن, «رحب» → ب). */
function verbParticles(text: string, from: number): Set<string> | undefined {
  const m = /([\p{L}\p{M}]+)[\s\u00A0]*$/u.exec(text.slice(Math.max(0, from - 30), from));
  if (!m?.[1]) return undefined;
  const f = foldArabicWord(m[1]);
  return FORM_PARTICLES.get(f) ?? (/^[وف]/u.test(f) ? FORM_PARTICLES.get(f.slice(1)) : undefined);
}

/** A given name with the article followed by more of the name: «الهادي الجلاصي», «الحبيب بن علي». */
function startsArticleName(text: string, toks: Token[], i: number): boolean {
  const t = toks[i];
  const next = toks[i + 1];
  if (!t?.word || !isArticleName(t.text) || !next?.word) return false;
  return nameLike(text, next) || (hasAl(next) && !FUNCTION_WORDS.has(foldWord(next.text)));
}

const bare = (t: Token): string => t.text.replace(/[\u064B-\u065F\u0640]/g, "");
const COMMA = /^[،,]$/u;

const OPENING_QUOTE = /^["“«]$/;
const CLOSING_QUOTE = /^["”»]$/;

/**
 * «لمشروعات النقل», «لتوزيع المحروقات»: a ل-genitive and its definite noun inside an institution's or a
 * title's name. Not an addressee («لرويترز», «لنظيره الأمريكي»). Returns the tokens it spans (0 or 2).
 */
export function lamComplement(toks: Token[], i: number): number {
  const t = toks[i];
  const n = toks[i + 1];
  if (!t?.word || !n) return 0;
  const b = bare(t);
  const f = foldWord(t.text);
  if (!/^ل[^ل]/u.test(b) || b.length < 4 || /(?:ه|ها|هم|هما)$/u.test(b) || !lamHead(b.slice(1))) return 0;
  if (ADJUNCT_STARTS.has(f) || FUNCTION_WORDS.has(f)) return 0;
  // «لمركز "حماية"»: the quoted name is read next
  if (!n.word) return OPENING_QUOTE.test(n.text) && ORG_TITLES.has(foldWord(b.slice(1))) ? 1 : 0;
  if (hasAl(n) && !FUNCTION_WORDS.has(foldWord(n.text))) return 2;
  // «لمكتب رئيس مجلس الوزراء»: a chain of genitives ending in a definite noun
  if (!ORG_TITLES.has(foldWord(b.slice(1)))) return 0;
  for (let k = i + 1; k < toks.length && k < i + 4; k++) {
    const w = toks[k] as Token;
    if (!w.word || FUNCTION_WORDS.has(foldWord(w.text))) return 0;
    if (hasAl(w)) return k - i + 1;
    if (!isTitleWord(titleHead(w.text))) return 0;
  }
  return 0;
}

/**
 * The institution an affiliation title belongs to, from the preposition at i: «في الهيئة العامة للموانئ»,
 * «في نقابة عمال الموانئ», «عن كتلة "التجدد الوطني"», «في الشؤون الانتخابية». Not a statement or a
 * time («في بيان», «في المؤتمر», «في اليوم»). Returns the tokens it spans (0 if none).
 */
export function affiliation(text: string, toks: Token[], i: number): number {
  const link = toks[i];
  const head = toks[i + 1];
  if (!link?.word || !head?.word || !AFFILIATION_LINKS.has(foldWord(link.text))) return 0;
  const fh = foldWord(head.text);
  if (STATEMENT_NOUNS.has(fh) || FUNCTION_WORDS.has(fh) || ADJUNCT_STARTS.has(fh)) return 0;
  // «نواب في الجلسة»: a meeting is the occasion, not the affiliation
  if (OCCASIONS.test(bare(head).replace(/^ال/u, ""))) return 0;
  // «في حوكمة التكنولوجيا»: a head without the article needs its definite genitive
  const genitive = toks[i + 2];
  const idafa = genitive?.word === true && hasAl(genitive) && !TIME_NOUNS.test(bare(head));
  if (!ORG_TITLES.has(fh) && !AFFILIATION_HEADS.has(fh) && !hasAl(head) && !idafa) return 0;
  let j = i + 2;
  // a head without the article takes one more word before its definite noun: «نقابة عمال الموانئ»
  let bareRun = hasAl(head) ? 0 : 1;
  while (j < toks.length) {
    const t = toks[j] as Token;
    if (!t.word && OPENING_QUOTE.test(t.text)) {
      let k = j + 1;
      while (k < toks.length && k < j + 7 && !CLOSING_QUOTE.test((toks[k] as Token).text)) k++;
      if (k >= toks.length || k >= j + 7) break;
      j = k + 1;
      bareRun = 0;
      continue;
    }
    if (!t.word || isComplementizer(text, t)) break;
    const f = foldWord(t.text);
    if (FUNCTION_WORDS.has(f) || STATEMENT_NOUNS.has(f)) break;
    if (hasAl(t)) {
      // «نواب عن محافظات الجنوب الحكومة بتخصيص …»: a definite noun before a ب-complement is the object
      const next = toks[j + 1];
      if (j > i + 2 && next?.word && /^ب(?!ال)/u.test(bare(next)) && /^ال/u.test(bare(t))) break;
      j++;
      bareRun = 0;
      continue;
    }

    const lam = lamComplement(toks, j);
    if (lam) {
      j += lam;
      continue;
    }
    if (bareRun === 1 && nameLike(text, t) && !ADJUNCT_STARTS.has(f)) {
      j++;
      bareRun = 2;
      continue;
    }
    break;
  }
  return j - i;
}

/** The title head a word stands for, also in the accusative after إن/لكن («لكن مصدرا في …»). */
export function titleHead(word: string): string {
  const f = foldWord(word);
  if (isTitleWord(f) || !f.endsWith("ا")) return f;
  const stem = f.slice(0, -1);
  return PERSON_TITLES.has(stem) ? stem : f;
}

/** An adjective after a definite noun agrees with it: «الوزارة المواطنين» is a subject and an object. */
function agrees(head: Token, w: Token): boolean {
  const h = bare(head);
  const b = bare(w);
  if (/^[وف]ال/u.test(b) || /^لل/u.test(b)) return true;
  const fem = (x: string): boolean => /ة$/u.test(x);
  const masculinePlural = (x: string): boolean => /(?:ون|ين)$/u.test(x);
  if (fem(h)) return fem(b);
  if (!/ات$/u.test(h) && !masculinePlural(h) && masculinePlural(b)) return false;
  return true;
}

/** Words that join the next word into one name: «عبد الكريم», «أبو محمد», «بن سعد». */
const NAME_JOINERS = new Set(["عبد", "أبو", "أبي", "ابن", "بن", "بنت", "أم"]);
/** Meetings after «في» are occasions, not where a group is: «في الجلسة», «في الاجتماع». */
const OCCASIONS = /^(?:جلسة|اجتماع|ندوة|قمة|منتدى|ورشة|حفل|مؤتمر|لقاء|بيان|تصريح|مقابلة)/u;
/** Time nouns after «في» are occasions, not affiliations: «في ساعة متأخرة», «في وقت سابق». */
const TIME_NOUNS = /^(?:ساعة|وقت|يوم|أثناء|ختام|مطلع|نهاية|بداية|منتصف)$/u;

/**
 * «جمعية "واحة"», «لمركز "حماية"»: a quoted name after an institution's head (also with ل/ب). Returns
 * the tokens from the opening quote at i through the closing one (0 if none).
 */
function quotedName(toks: Token[], i: number): number {
  const open = toks[i];
  const before = toks[i - 1];
  if (!open || !OPENING_QUOTE.test(open.text) || !before?.word) return 0;
  // «جمعية "واحة"», «مراسل "واع"»
  if (!isTitleWord(titleHead(bare(before).replace(/^[لب](?!ل)/u, "")))) return 0;
  for (let k = i + 1; k < toks.length && k < i + 7; k++) {
    const t = toks[k] as Token;
    if (CLOSING_QUOTE.test(t.text)) return k - i + 1;
    if (!t.word) return 0;
  }
  return 0;
}

/**
 * «بإقليم تارودانت», «بمدينة الأبيض», or before a comma «في الساحل»: where an institution or a source is.
 * Returns the tokens it spans (0 if none).
 */
function placeAfter(text: string, toks: Token[], i: number): number {
  const t = toks[i];
  if (!t?.word) return 0;
  const b = bare(t);
  const f = foldWord(b.slice(1));
  // «المدير الجهوي للفلاحة بالقيروان، سامي البجاوي،»: a town before the apposition that names the person
  const after = toks.slice(i + 1, i + 6);
  const named =
    after[0]?.text === "،" &&
    after[1]?.word &&
    nameLike(text, after[1]) &&
    after[2]?.word &&
    (after[3]?.text === "،" || (after[3]?.word && after[4]?.text === "،"));
  if (/^ب/u.test(b) && b.length > 3 && named && !STATEMENT_NOUNS.has(f)) return 1;
  // «المحامي المختص بالقضايا المالية بلال العبادي»: the participle's ب-phrase belongs to the title
  const governed = !!toks[i - 1]?.word && BA_PARTICIPLES.has(foldWord(bare(toks[i - 1] as Token)));
  if (/^ب/u.test(b) && (PLACE_NOUNS.has(f) || ORG_TITLES.has(f) || (governed && /^بال/u.test(b)))) {
    // «بالمجلس» is whole: only its adjectives follow («بالمجلس البلدي»), a bare word is the name
    // («رئيس لجنة الخدمات بالمجلس محمد العبيدي»); «بإقليم تارودانت», «بجامعة القاهرة» take their genitive
    const definite = /^بال/u.test(b);
    let j = i + 1;
    while (
      j < i + 3 &&
      toks[j]?.word &&
      !isArticleName((toks[j] as Token).text) &&
      ((!definite && j === i + 1 && nameLike(text, toks[j] as Token)) || hasAl(toks[j] as Token))
    )
      j++;
    if (definite) return j - i;
    return j > i + 1 ? j - i : 0;
  }
  return 0;
}

function knownPrefix(toks: Token[], from: number, to: number, knownNames: Set<string>): number {
  let i = from;
  while (i < to && knownNames.has(foldWord((toks[i] as Token).text))) i++;
  return i;
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
  const head = titleHead(t0.text);
  if (isTitleWord(head)) {
    let i = 1;
    const isOrg = ORG_TITLES.has(head) && !PERSON_TITLES.has(head);
    // right after a definite head, a definite word that does not agree with it is the verb's object
    // («ودعت الوزارة المواطنين …»), not an adjective; after a genitive the check stops
    let checking = hasAl(t0);
    while (i < toks.length) {
      const t = toks[i] as Token;
      const f = foldWord(t.text);
      if (!t.word && !quotedName(toks, i)) break;
      if (t.word && ((FUNCTION_WORDS.has(f) && !isNameAli(t)) || isComplementizer(text, t))) break;
      const lam = lamComplement(toks, i);
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
    // «منظمة الأغذية والزراعة (فاو)»: an abbreviation in brackets
    if (isOrg && toks[i]?.text === "(" && toks[i + 1]?.word && toks[i + 2]?.text === ")") i += 3;
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

    // an institution's own name right after its head: «وكالة رويترز», «حركة حماس»
    if (isOrg && i === 1) {
      // not the verb's object («وأصدرت الوزارة بيانا …», «دولة قطر بتوقيع …») nor a relative clause
      // («دراسة حديثة أجراها باحثون …»)
      const own = (t: Token): boolean =>
        nameLike(text, t) &&
        !STATEMENT_NOUNS.has(foldWord(t.text).replace(/ا$/u, "")) &&
        !/^ب(?:ت|ا|إ|أ)/u.test(bare(t)) &&
        !RELATIVE_VERB.test(foldArabicWord(t.text)) &&
        !BARE_RELATIVE_VERB.test(foldArabicWord(t.text));
      while (i < 3 && i < toks.length && own(toks[i] as Token)) i++;

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
          !FUNCTION_WORDS.has(foldWord(t.text)) &&
          !ADJUNCT_STARTS.has(foldWord(t.text)) &&
          !/^لل/u.test(bare(t));
        const articleName = names === 0 && startsArticleName(text, toks, i);
        if (!nameLike(text, t) && !familyName && !articleName) break;
        i++;
        names++;
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
  if ((quantified && qHead?.word && hasAl(qHead)) || construct) {
    let i = construct ? headAt + 2 : 3;
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
