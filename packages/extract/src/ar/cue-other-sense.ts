import { charBefore, withoutHarakat } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import type { Cue } from "./cue-finder.ts";
import {
  CLAUSAL_PARTICIPLES,
  CLAUSE_INITIAL_ONLY,
  FEMININE_PLURAL_PARTICIPLES,
  FORM_LEMMA,
  FORM_PARTICLES,
  foldArabicWord,
  NEEDS_OBJECT,
  VERB_FORMS,
} from "./cues.ts";
import { pastExpectation } from "./expectation.ts";
import { FUNCTION_WORDS, foldWord } from "./lexicon.ts";
import { onlySpaces, opensClause, type Word } from "./sentence-words.ts";

/** A word read as a reporting verb or participle, with the words around it. */
export interface WordReading {
  w: Word;
  prev: Word | undefined;
  next: Word | undefined;
  core: string;
  kind: Cue["kind"];
  prefixed: boolean;
  start: number;
}

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

/** «وهو», «وهي», «هو», «هي»: the pronoun opening an aside on the person just named. Folded. */
const ASIDE_PRONOUNS = new Set(["وهو", "وهي", "هو", "هي"].map(foldArabicWord));

/** «ولي أمر», «والد», «شقيقة» (folded): a relative, in construct with the student after it. */
const STUDENTS_KIN = new Set([
  "امر",
  "والد",
  "والده",
  "ام",
  "اب",
  "شقيق",
  "شقيقه",
  "اسره",
  "عايله",
  "زميل",
  "زميله",
]);
/** «بالصف», «بالمدرسة», «بكلية …» (folded): where a student studies. */
const STUDIES_AT = /^ب(?:ال)?(?:صف|مدرسه|كليه|جامعه|معهد|سنه|مرحله|قسم|ثانويه)$/u;

/**
 * The form is another word here: a name's apposition («ويدعى فؤاد»), a request for anonymity, a banner, the
 * predicate noun of an aside, a figure recorded, an ات-form that is no participle.
 */
export function otherWordHere(text: string, s: Sentence, r: WordReading): boolean {
  const { w, prev, next, core, kind, prefixed } = r;
  // «، ويدعى فؤاد،», «، ويدعى فؤاد ناصر: "…"»: the apposition that names a person, not «ادّعى»
  if (
    (core === "يدعي" || core === "تدعي") &&
    /^[\s\u00A0]*[^\s\u00A0،,:]+(?:[\s\u00A0]+[^\s\u00A0،,:]+){0,2}[\s\u00A0]*[،,:]/u.test(
      text.slice(w.end),
    ) &&
    /[،,][\s\u00A0]*$/u.test(text.slice(Math.max(s.start, w.start - 3), w.start))
  )
    return true;
  // «، رفض ذكر اسمه،», «طلب عدم كشف هويته»: the verbal noun of a request for anonymity, not a statement
  if (next && /^(?:اسم|هويت)(?:ه|ها|هم)$/u.test(next.folded)) return true;
  // «لافتا إلى أن …» points out; «تحمل لافتة», «وكان لافتا أن …» are a banner and the writer's remark
  if (kind === "participle" && /^لافت/u.test(core) && next?.folded !== "الي" && next?.folded !== "النظر")
    return true;
  // «محمد، وهو طالب جامعي، …»: after «وهو»/«وهي» a perfect form not opening a content is the predicate
  // noun of the aside («طالب» a student), not a verb
  if (
    kind === "verb" &&
    !prefixed &&
    prev &&
    ASIDE_PRONOUNS.has(prev.folded) &&
    !/^(?:ب?[اأإ]ن(?:ه|ها|هم|هما)?|ب|الي|علي|عن|من)$/u.test(next?.folded ?? "")
  )
    return true;
  // «ولي أمر طالب بالصف الثالث», «والدة طالب»: after a relative in construct, or before where the student
  // studies, «طالب» is a student, not «demanded»
  if (
    core === "طالب" &&
    !prefixed &&
    (STUDENTS_KIN.has(prev?.folded ?? "") || STUDIES_AT.test(next?.folded ?? ""))
  )
    return true;
  // «مسجلا أن …» reports; «مسجلا ارتفاعا» records a figure
  if (CLAUSAL_PARTICIPLES.has(core) && !/^ب?ان(?:ه|ها|هم)?$/u.test(next?.folded ?? "")) return true;
  if (
    FEMININE_PLURAL_PARTICIPLES.has(core) &&
    !reportsAsParticiple(text, s.start, w.start, core, next?.folded)
  )
    return true;
  return false;
}

/**
 * The verb or participle reports nothing here: «نقلا عن» relaying, an aside of what the speaker was doing, a
 * construct noun, the writer's background, a thing threatening, no blame noun, a negated «يعد», an expectation,
 * a noun homograph inside its clause.
 */
export function noStatementHere(text: string, s: Sentence, r: WordReading): boolean {
  const { w, prev, next, core, kind, prefixed, start } = r;
  // «حسن فالح الزيدي»: inside a clause the given name Falih, not «فألحّ» (insisted) without «على»
  const falih = core === "الح" && /^فالح$/u.test(withoutHarakat(text.slice(w.start, w.end)));
  if (falih && next?.folded !== "علي" && !opensClause(text, s.start, w.start)) return true;
  // «، نقلا عن مصدر …»: the adverb «نقلا» (relaying), not the dual verb «نقلا»
  if (core === "نقلا" && !prefixed && next?.folded === "عن" && opensClause(text, s.start, w.start))
    return true;
  // «وقال الرجل، وهو يشير إلى الركام، إن …»: what the speaker was doing, an aside before the complement
  if (kind === "verb" && prev && halAside(text, s.start, prev, w)) return true;
  // «صاحب شركة نقل، إن …», «وسائل نقل عام»: the verbal noun in construct after an indefinite noun, not
  // «نقل عن …» (relayed from)
  if (core === "نقل" && !prefixed && prev && constructNoun(text, prev, w)) return true;
  // «يذكر أن …», «ويذكر أن …»: the writer's background, not a statement
  if (core === "يذكر" && next && /^[اأ]ن/u.test(next.folded)) return true;
  // «قد يهدد نموها», «تهدد حياة المدنيين»: something threatens a thing, no one threatens to do it
  if (/^[يت]هدد(?:ون|ان)?$/u.test(core) && next && !/^(?:ب|ال|[اإأ]ن)/u.test(next.folded)) return true;
  // «حمّل X المسؤولية»: «حمل» carries unless the blame noun follows in its clause
  const lemma = FORM_LEMMA.get(core) ?? null;
  const needs = lemma ? NEEDS_OBJECT.get(lemma) : undefined;
  if (needs && (!needs.test(text.slice(w.end, Math.min(s.end, w.end + 200))) || bearsIt(text, w.end)))
    return true;
  // «ولم يعد بالإمكان …» (no longer), «لا يعد الأمر بالسهل» (is not considered): a negated «يعد» promises nothing
  if (lemma === "وعد" && /^[يت]عد/u.test(core) && /^[وف]?(?:لم|لا|لن)$/u.test(prev?.folded ?? ""))
    return true;
  if (kind === "verb" && pastExpectation(text, s.start, core)) return true;
  // «وارتفع ثمن الخبز», «دفع المواطن ثمن الأزمة»: a noun homograph, unless the verb opens its clause
  if (
    lemma &&
    CLAUSE_INITIAL_ONLY.has(lemma) &&
    !prefixed &&
    start === w.start &&
    !opensClause(text, s.start, w.start)
  )
    return true;
  return false;
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
