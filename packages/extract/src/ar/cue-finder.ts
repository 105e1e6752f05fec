// The reporting verbs, participles and nominal cues of an Arabic sentence, found by word lookup.

import { charBefore, seatless } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { aliNamesSpeaker } from "./ali.ts";
import {
  AR_NOMINAL_CUE,
  CLAUSAL_PARTICIPLES,
  CLAUSE_INITIAL_ONLY,
  CUE_PARTICLES,
  FEMININE_PLURAL_PARTICIPLES,
  FORM_GENDER,
  FORM_LEMMA,
  FORM_PARTICLES,
  foldArabicWord,
  NEEDS_OBJECT,
  PARTICIPLE_FORMS,
  PASSIVE_FORMS,
  SAYING_ONLY_PARTICIPLES,
  VERB_FORMS,
  VERB_LEADS,
} from "./cues.ts";
import { pastExpectation } from "./expectation.ts";
import { isParticiple } from "./issuer.ts";
import { AR_WEEKDAY_ALTERNATION, FUNCTION_WORDS, foldWord } from "./lexicon.ts";

export interface Cue {
  kind: "verb" | "participle" | "nominal";
  start: number;
  /** End of the cue words (verb and particle). */
  end: number;
  /** Start of the verb itself (after و/ف/كما). */
  verbStart: number;
  gender?: "m" | "f" | null;
  /** The verb's lemma (folded perfect), null for participles and nominal cues. */
  lemma?: string | null;
  /** A passive form («أفيد»): the statement has no speaker. */
  passive?: boolean;
  /** «ما أرجعته الشركة إلى …»: the verb's object is its pronoun; its subject follows it. */
  pronounObject?: boolean;
}

// «ونقلت الوكالة، أمس الأربعاء، عن …»: a short aside may stand between the agency and «عن»
export const RELAYED = seatless(
  new RegExp(
    `^(?:[\\s\\u00A0]*[،,][^،,.:«“"]{2,40}?[،,])?[\\s\\u00A0،,]*(?:\\([^()]{1,20}\\)[\\s\\u00A0]*)?عن[\\s\\u00A0]+(?<who>[^.:«“"()]{2,120}?)(?:[\\s\\u00A0]*\\([^()]{1,15}\\))?[\\s\\u00A0،,]+(?<noun>قولهم|قولها|قوله|تأكيدهم|تأكيدها|تأكيده|تصريحها|تصريحه|شكواهم|شكواها|شكواه|تحذيرهم|تحذيرها|تحذيره|مطالبتهم|مطالبتها|مطالبته|نفيها|نفيه)(?![\\p{L}\\p{M}])(?:[\\s\\u00A0]+(?:أمس|اليوم|يوم|مساء|صباح|${AR_WEEKDAY_ALTERNATION}|الماضي|الفائت|المنصرم|الأول)){0,3}[\\s\\u00A0]*(?:(?:إن|إنه|إنها|إنهم|أن|بأن)\\u0651?(?=[\\s\\u00A0«“"])|(?:(?:من|في|عبر)[\\s\\u00A0]+[^،,.:«“"]{2,40}?[\\s\\u00A0]*)?:|(?:من|إلى)(?=[\\s\\u00A0]))?[\\s\\u00A0]*`,
    "u",
  ),
);

const AS_SAYS = /(?<![\p{L}\p{M}])([وف]?على[\s\u00A0]+ما[\s\u00A0]+)([\p{L}\p{M}]+)/gu;

export const WORD = /[\p{L}\p{M}]+/gu;
const onlySpaces = (text: string, from: number, to: number): boolean =>
  /^[\s\u00A0\u200E\u200F]*$/.test(text.slice(from, to));

/**
 * «وتحمل الحكومة المسؤولية» (bears it): the blame right after the subject, with no «لـ» of the blamed
 * after it, is borne, not laid on anyone; «حمّلت الوزارة الشركة المسؤولية» has the blamed between.
 */
function bearsIt(text: string, from: number): boolean {
  const ws = text
    .slice(from, from + 80)
    .trim()
    .split(/[\s\u00A0]+/u);
  if (!/^(?:ال)?مسؤولي/u.test(ws[1] ?? "")) return false;
  const next = /^ال/u.test(ws[2] ?? "") ? ws[3] : ws[2];
  return !/^ل/u.test(next ?? "");
}

/** Nothing but punctuation (or the sentence start) before `at`: the word opens its clause. */
function opensClause(text: string, sentenceStart: number, at: number): boolean {
  const c = charBefore(text, sentenceStart, at);
  return c === "" || /[،,:؛;.!؟"”»)\-—–]/.test(c);
}

/** «، مطالبات بتمديد …», «، مشيرات إلى أن …»: an ات-form after a comma, before its particle or أن/إن. */
function reportsAsParticiple(
  text: string,
  sentenceStart: number,
  at: number,
  core: string,
  next: string | undefined,
): boolean {
  if (!next || !/[،,]/u.test(charBefore(text, sentenceStart, at))) return false;
  const particles = FORM_PARTICLES.get(core);
  if (/^ب?[اأإ]ن(?:ه|ها|هم)?$/u.test(next) || particles?.has(next)) return true;
  return !!particles?.has("ب") && /^ب/u.test(next);
}

/**
 * «وقال وزير المالية الإيطالي لوكا فيري إن …»: a word that reads as ف and an imperfect verb («فيري» ~
 * «فيرى») while the subject of an earlier reporting verb is still open (no punctuation, complementizer or
 * quotation since it) is a word of that subject's name: a verb after its own subject never takes ف and
 * the imperfect («قال الوزير فيرى» is not Arabic; «أما الوزير فيرى أن» has no reporting verb before it).
 */
function nameInOpenSubject(text: string, at: number, folded: string, earlier: readonly Cue[]): boolean {
  if (!/^ف[يت]/u.test(folded)) return false;
  const verb = earlier.findLast((c) => c.kind === "verb");
  if (!verb) return false;
  const between = text.slice(verb.end, at);
  return (
    /[\p{L}\p{M}]/u.test(between) &&
    !/[،,:؛;.!؟"“”«»()\-—–]/u.test(between) &&
    !/(?<![\p{L}\p{M}])(?:إن|أن|ان|بأن|بان)(?![\p{L}\p{M}])/u.test(between)
  );
}

/** A verb form whose lemma reports only with an object («حمّل … المسؤولية», «وعد … بـ») that does not follow. */
function lacksObject(text: string, s: Sentence, core: string, end: number): boolean {
  const lemma = FORM_LEMMA.get(core);
  const needs = lemma ? NEEDS_OBJECT.get(lemma) : undefined;
  return !!needs && !needs.test(text.slice(end, Math.min(s.end, end + 200)));
}

/** «أرجع», «عزا»: verbs that ascribe their object to a cause with «إلى». Folded lemmas. */
const ASCRIBING = new Set(["ارجع", "عزا"]);
/**
 * «وهو ما أرجعته الشركة إلى …», «ما عزاه الوزير إلى …»: after «ما», an ascribing verb whose object is its
 * pronoun (the writer's figure before it); the form without the pronoun, or null.
 */
function pronounObjectStem(folded: string): string | null {
  const stem = folded.replace(/(?:ه|ها)$/u, "");
  return stem !== folded && VERB_FORMS.has(stem) && ASCRIBING.has(FORM_LEMMA.get(stem) ?? "") ? stem : null;
}

/**
 * «ووصفته الوزارة في بيان بأنه "…"», «ووصفها المدرب بأنها …»: «وصف» with the one described as its pronoun,
 * before «بأنه/بأنها»; the form without the pronoun, or null.
 */
function describedAsStem(folded: string, after: string): string | null {
  const stem = folded.replace(/(?:ه|ها|هم)$/u, "");
  if (stem === folded || !VERB_FORMS.has(stem) || FORM_LEMMA.get(stem) !== foldArabicWord("وصف")) return null;
  return /^[^.،,:؛]*?[\s\u00A0]بأن(?:ه|ها|هم)?[\s\u00A0]/u.test(after) ? stem : null;
}

/** «قالها», «قالتها», «يقولها»: a form of «قال» with «ها» (the words quoted) as its object; the bare form or null. */
function saidItStem(folded: string): string | null {
  const stem = folded.replace(/ها$/u, "");
  return stem !== folded && VERB_FORMS.has(stem) && FORM_LEMMA.get(stem) === foldArabicWord("قال")
    ? stem
    : null;
}
/** A closing quotation mark and a comma right before `at`. */
export const quoteThenComma = (text: string, from: number, at: number): boolean =>
  commaWithin(text, Math.max(from, at - 6), at) &&
  /[”"»][\s\u00A0]*[،,][\s\u00A0]*$/u.test(text.slice(Math.max(from, at - 6), at));
/** A comma («،» or ",") in text[from, at): the test quoteThenComma's regex cannot pass without (read per word). */
function commaWithin(text: string, from: number, at: number): boolean {
  for (let k = from; k < at; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x060c || c === 0x2c) return true;
  }
  return false;
}

/** A word of a sentence: where it is and its folded form. */
interface Word {
  start: number;
  end: number;
  folded: string;
}
/** «وهو», «وهي», «وهذا»: the pronoun that takes up the writer's figure before «ما». Folded. */
const FIGURE_PRONOUNS = new Set(["وهو", "وهي", "هو", "هي", "وهذا", "هذا", "وذلك"].map(foldArabicWord));
/**
 * «…، وهو ما أرجعته الشركة إلى …», «…، ما عزاه الوزير إلى …»: «ما» (word i-1) takes up the figure before it;
 * not «وأعاد الموظف ما أرجعه المدير إلى الخزينة», where «أرجع» returns a thing.
 */
function writersFigureThenMa(text: string, words: Word[], i: number): boolean {
  const ma = words[i - 1];
  if (ma?.folded !== "ما") return false;
  const before = words[i - 2];
  return !before || FIGURE_PRONOUNS.has(before.folded) || /[،,]/u.test(text.slice(before.end, ma.start));
}

/** «وهو», «وهي», «هو», «هي»: the pronoun opening an aside on the person just named. Folded. */
const ASIDE_PRONOUNS = new Set(["وهو", "وهي", "هو", "هي"].map(foldArabicWord));

/** The folded verb, participle and passive forms the cue lists know, in one set (a lookup per word). */
const KNOWN_FORMS = new Set([...VERB_FORMS, ...PARTICIPLE_FORMS, ...PASSIVE_FORMS]);
/** A folded verb, participle or passive form the cue lists know. */
const known = (f: string): boolean => KNOWN_FORMS.has(f);
/** «و» or «ف» opens the folded word. */
const andOrSo = (f: string): boolean => f.charCodeAt(0) === 0x648 || f.charCodeAt(0) === 0x641;

/** Reporting verbs, participles and nominal cues of a sentence, found by word lookup. */
export function cuesIn(text: string, s: Sentence): Cue[] {
  const slice = text.slice(s.start, s.end);
  const words: Word[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m; m = WORD.exec(slice)) {
    words.push({
      start: s.start + m.index,
      end: s.start + m.index + m[0].length,
      folded: foldArabicWord(m[0]),
    });
  }
  const cues: Cue[] = [];
  words.forEach((w, i) => {
    let core = w.folded;
    let prefixed = false;
    // («وعدّ X أن»: «و» + «عدّ» when «وعد», promised, has no object of its own)
    // (whether core is known, kept as core changes: a stem it changes to is known)
    let knownCore = known(core);
    if (andOrSo(core) && known(core.slice(1)) && (!knownCore || lacksObject(text, s, core, w.end))) {
      core = core.slice(1);
      prefixed = true;
      knownCore = true;
    }
    // «"لن نتراجع"، قالها الرئيس»: «قال» with the quotation as its pronoun object, right after the quotation
    const saidIt = !knownCore && quoteThenComma(text, s.start, w.start) ? saidItStem(core) : null;
    if (saidIt) {
      core = saidIt;
      knownCore = true;
    }
    let objectless: string | null = null;
    if (!knownCore) {
      // («ووصفته الوزارة بأنه …»: the conjunction, the verb and its pronoun)
      const after = text.slice(w.end, Math.min(s.end, w.end + 80));
      const describedUnprefixed = andOrSo(core) ? describedAsStem(core.slice(1), after) : null;
      if (describedUnprefixed) prefixed = true;
      objectless = writersFigureThenMa(text, words, i)
        ? pronounObjectStem(core)
        : (describedUnprefixed ?? describedAsStem(core, after));
    }
    const pronounObject = !!objectless;
    if (objectless) core = objectless;
    const passive = PASSIVE_FORMS.has(core);
    const next = words[i + 1];
    // «مذكرة بأن …» reminds; «مذكرة داخلية», «مذكرات الوزير» are memos
    const kind: Cue["kind"] | null =
      VERB_FORMS.has(core) || passive ? "verb" : isParticiple(core, next?.folded) ? "participle" : null;
    if (!kind) return;
    // the verb itself starts after its one-letter prefix (and any mark on it)
    let verbStart = w.start;
    if (prefixed) {
      verbStart++;
      while (verbStart < w.end && /[\u064B-\u065F\u0670\u0640]/.test(text[verbStart] as string)) verbStart++;
    }
    let start = w.start;
    const prev = words[i - 1];
    // a circumstantial participle follows a comma, و or the verb it goes with («، مشيرا إلى»); after a
    // noun it is a predicate («الحكومة مطالبة بتسريع …»)
    const afterVerb =
      prev !== undefined &&
      (VERB_FORMS.has(prev.folded) || (/^[وف]/u.test(prev.folded) && VERB_FORMS.has(prev.folded.slice(1))));
    // «فردّ الوزير قائلا: …»: قائلا is never a predicate, it goes with the verb across its subject
    const saying = /^قايل(?:ا|ه|ين|تين)$/u.test(core);
    if (kind === "participle" && !prefixed && prev && !afterVerb && !saying) {
      let k = w.start - 1;
      while (k > s.start && /[\s\u00A0\u200E\u200F]/.test(text[k] as string)) k--;
      if (k > s.start && !/[،,:؛;.!؟"”»)\-—–]/.test(text[k] as string)) return;
    }
    if (kind === "verb" && prev && VERB_LEADS.has(prev.folded) && onlySpaces(text, prev.end, w.start))
      start = prev.start;
    // «وقال طالب يدرس …»: right after a reporting verb its subject follows, not a second verb («طالب» is a
    // student there, not «demanded»)
    if (kind === "verb" && !prefixed && prev && afterVerb && onlySpaces(text, prev.end, w.start)) return;
    if (kind === "verb" && prefixed && nameInOpenSubject(text, w.start, w.folded, cues)) return;
    let end = w.end;
    // «، ويدعى فؤاد،»: the apposition that names a person, not «ادّعى»
    if (
      (core === "يدعي" || core === "تدعي") &&
      /^[\s\u00A0]*[^\s\u00A0،,]+(?:[\s\u00A0]+[^\s\u00A0،,]+){0,2}[\s\u00A0]*[،,]/u.test(
        text.slice(w.end),
      ) &&
      /[،,][\s\u00A0]*$/u.test(text.slice(Math.max(s.start, w.start - 3), w.start))
    )
      return;
    // «، رفض ذكر اسمه،», «طلب عدم كشف هويته»: the verbal noun of a request for anonymity, not a statement
    if (next && /^(?:اسم|هويت)(?:ه|ها|هم)$/u.test(next.folded)) return;
    // «لافتا إلى أن …» points out; «تحمل لافتة», «وكان لافتا أن …» are a banner and the writer's remark
    if (kind === "participle" && /^لافت/u.test(core) && next?.folded !== "الي" && next?.folded !== "النظر")
      return;
    // «محمد، وهو طالب جامعي، …»: after «وهو»/«وهي» a perfect form not opening a content is the predicate
    // noun of the aside («طالب» a student), not a verb
    if (
      kind === "verb" &&
      !prefixed &&
      prev &&
      ASIDE_PRONOUNS.has(prev.folded) &&
      !/^(?:ب?[اأإ]ن(?:ه|ها|هم|هما)?|ب|الي|علي|عن|من)$/u.test(next?.folded ?? "")
    )
      return;
    // «مسجلا أن …» reports; «مسجلا ارتفاعا» records a figure
    if (CLAUSAL_PARTICIPLES.has(core) && !/^ب?ان(?:ه|ها|هم)?$/u.test(next?.folded ?? "")) return;
    if (
      FEMININE_PLURAL_PARTICIPLES.has(core) &&
      !reportsAsParticiple(text, s.start, w.start, core, next?.folded)
    )
      return;
    if (SAYING_ONLY_PARTICIPLES.has(core)) {
      if (next?.folded !== "بالقول" || !onlySpaces(text, w.end, next.start)) return;
      cues.push({ kind, start, end: next.end, verbStart: next.start, gender: FORM_GENDER.get(core) ?? null });
      return;
    }
    // «، نقلا عن مصدر …»: the adverb «نقلا» (relaying), not the dual verb «نقلا»
    if (core === "نقلا" && !prefixed && next?.folded === "عن" && opensClause(text, s.start, w.start)) return;
    // «وقال الرجل، وهو يشير إلى الركام، إن …»: what the speaker was doing, an aside before the complement
    if (kind === "verb" && prev && halAside(text, s.start, prev, w)) return;
    // «صاحب شركة نقل، إن …», «وسائل نقل عام»: the verbal noun in construct after an indefinite noun, not
    // «نقل عن …» (relayed from)
    if (core === "نقل" && !prefixed && prev && constructNoun(text, prev, w)) return;
    // «يذكر أن …», «ويذكر أن …»: the writer's background, not a statement
    if (core === "يذكر" && next && /^[اأ]ن/u.test(next.folded)) return;
    // «قد يهدد نموها», «تهدد حياة المدنيين»: something threatens a thing, no one threatens to do it
    if (/^[يت]هدد(?:ون|ان)?$/u.test(core) && next && !/^(?:ب|ال|[اإأ]ن)/u.test(next.folded)) return;
    // «حمّل X المسؤولية»: «حمل» carries unless the blame noun follows in its clause
    const lemma = FORM_LEMMA.get(core) ?? null;
    const needs = lemma ? NEEDS_OBJECT.get(lemma) : undefined;
    if (needs && (!needs.test(text.slice(w.end, Math.min(s.end, w.end + 200))) || bearsIt(text, w.end)))
      return;
    // «ولم يعد بالإمكان …» (no longer), «لا يعد الأمر بالسهل» (is not considered): a negated «يعد» promises nothing
    if (lemma === "وعد" && /^[يت]عد/u.test(core) && /^[وف]?(?:لم|لا|لن)$/u.test(prev?.folded ?? "")) return;
    if (kind === "verb" && pastExpectation(text, s.start, core)) return;
    // «وارتفع ثمن الخبز», «دفع المواطن ثمن الأزمة»: a noun homograph, unless the verb opens its clause
    if (
      lemma &&
      CLAUSE_INITIAL_ONLY.has(lemma) &&
      !prefixed &&
      start === w.start &&
      !opensClause(text, s.start, w.start)
    )
      return;
    const takes = FORM_PARTICLES.get(core);

    if (
      next &&
      CUE_PARTICLES.has(next.folded) &&
      (!takes || takes.has(next.folded)) &&
      onlySpaces(text, w.end, next.start) &&
      !aliNamesSpeaker(text, next.start, s.end, true)
    )
      end = next.end;
    cues.push({
      kind,
      start,
      end,
      verbStart,
      gender: FORM_GENDER.get(core) ?? null,
      lemma,
      passive,
      ...(pronounObject ? { pronounObject } : {}),
    });
  });
  AR_NOMINAL_CUE.lastIndex = 0;
  for (let m = AR_NOMINAL_CUE.exec(slice); m; m = AR_NOMINAL_CUE.exec(slice)) {
    const start = s.start + m.index;
    cues.push({ kind: "nominal", start, end: start + m[0].length, verbStart: start, gender: null });
  }
  // «…، على ما تقول أوساط نيابية» (as … say, Levantine press): «على ما» before a reporting verb is a
  // nominal cue with its source after it; the verb is part of the cue, not a cue of its own
  AS_SAYS.lastIndex = 0;
  for (let m = AS_SAYS.exec(slice); m; m = AS_SAYS.exec(slice)) {
    const start = s.start + m.index;
    // an aside after a comma or opening the sentence, not «عازمة على ما قال الرئيس»
    if (!VERB_FORMS.has(foldArabicWord(m[2] as string)) || !opensClause(text, s.start, start)) continue;
    const verbAt = start + (m[1] as string).length;
    const verb = cues.findIndex((c) => c.kind === "verb" && c.verbStart === verbAt);
    if (verb >= 0) cues.splice(verb, 1);
    cues.push({ kind: "nominal", start, end: start + m[0].length, verbStart: start, gender: null });
  }
  cues.sort((a, b) => a.start - b.start);
  return cues;
}

/**
 * «شركة نقل», «حافلات نقل»: the word before «نقل» (`w`) is an indefinite noun in the same phrase (no article,
 * no verb, no particle), and no «عن» follows «نقل» before the clause's comma.
 */
function constructNoun(text: string, prev: Word, w: Word): boolean {
  if (!onlySpaces(text, prev.end, w.start) || /^[وف]?ال/u.test(prev.folded)) return false;
  if (VERB_FORMS.has(prev.folded) || FUNCTION_WORDS.has(foldWord(text.slice(prev.start, prev.end))))
    return false;
  return !/^[^،,.:؛]*?(?:^|[\s\u00A0])عن(?![\p{L}\p{M}])/u.test(text.slice(w.end, w.end + 120));
}

/**
 * «، وهو يشير إلى الركام، إن …», «، وهي تلوّح بيدها، أن …»: a verb right after «وهو/وهي» that opens an aside
 * (a comma before the pronoun) closed by a comma before the complementizer of the verb before it.
 */
function halAside(text: string, from: number, prev: Word, w: Word): boolean {
  if (!/^وه[وي]$/u.test(prev.folded) || !/[،,][\s\u00A0]*$/u.test(text.slice(from, prev.start))) return false;
  return /^[^،,.:؛«"“]{0,60}[،,][\s\u00A0]*ب?[إأا]ن(?:ه|ها|هم)?(?![\p{L}\p{M}])/u.test(
    text.slice(w.end, w.end + 90),
  );
}
