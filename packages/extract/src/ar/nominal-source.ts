import { trimSpan } from "../draft.ts";
import { seatless } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import type { Token } from "../text/tokens.ts";
import { COMMAS } from "./content.ts";
import type { Cue } from "./cue-finder.ts";
import { foldArabicWord, VERB_FORMS } from "./cues.ts";
import { toldBeforeSubject } from "./lam-hearer.ts";
import {
  ADJUNCT_STARTS,
  foldWord,
  PERIOD_NOUNS,
  PERSON_TITLES,
  SOURCE_NOUNS,
  STATEMENT_NOUNS,
  TIME_WORDS,
} from "./lexicon.ts";
import { isMonthWord } from "./month-word.ts";
import { nameOnly } from "./name-only.ts";
import { OCCASIONS, titleHead } from "./phrase.ts";
import { SAW_OR_GOT } from "./statement-adjunct.ts";
import { LATIN_HEARER } from "./subject-stop.ts";

/** «أيضا», «كذلك»: "also", after the object. */
const ALSO = seatless(/^(?:أيضا|كذلك)$/u);
/** «به», «عنها», «إليه»: a pronoun object of the verb's particle. */
const PRONOUN_OBJECT = seatless(/^(?:به|بها|عنه|عنها|إليه|إليها)$/u);

/** «وفق ما رصدته الصحيفة», «حسب ما وثقه المرصد», «حسب ما عاينته هسبريس»: what a source observed. */
export const OBSERVED = /^(?:رصد|وثق|لاحظ|سجل|عاين|شاهد)(?:ت|نا)?(?:ه|ها)?$/u;

/** Past time words and then one ب-town after them («يوم الثلاثاء بعنابة») from token `i`. */
function pastTimeAndTown(toks: Token[], i: number): number {
  let k = i;
  while (toks[k]?.word && TIME_WORDS.has(foldWord((toks[k] as Token).text))) k++;
  const town = toks[k];
  if (k > i && town?.word && /^ب[^ا]/u.test(town.text) && toks[k + 1]?.word) k++;
  return k;
}

/** The words after the comma at `comma` to the sentence's end are a title and a name (or a name). */
function namingApposition(toks: Token[], comma: number): boolean {
  return namesPerson(toks.slice(comma + 1).filter((t) => t.text !== "."));
}
/** «العقيد بوعلام سي الطاهر», «يوسف عبد الله»: a title and a name, or a name. */
function namesPerson(part: Token[]): boolean {
  if (!part.length || part.length > 6 || part.some((t) => !t.word)) return false;
  const head = titleHead((part[0] as Token).text);
  return (PERSON_TITLES.has(head) && part.length > 1) || nameOnly(part);
}

/** «فإن», «فإنه», «فإنّها»: the complementizer that opens a nominal cue's content. */
export const FA_INNA = /^ف[إأا]ن\u0651?(?:ه|ها|هم)?$/u;

/** «الذي», «التي»: a relative clause on the source, an aside before the content. */
const RELATIVE_ASIDE = /^(?:الذي|التي)$/u;

/** «أفاد», «أبلغت», «أخبر»: verbs whose bare object is the one told. Folded. */
const HEARER_OBJECT_VERB = /^(?:افاد|ابلغ|اخبر)(?:ت|وا)?$/u;
/** Heads of an outlet's name without the article («راديو دبنقا», «قناة الحدث»). Folded. */
const OUTLET_HEADS = new Set(
  ["راديو", "إذاعة", "قناة", "صحيفة", "وكالة", "موقع", "تلفزيون", "شبكة"].map(foldWord),
);

/** «لبيان», «تقرير», «بيانات»: a source that is a document (without the cue's «ل»), not a person. */
const DOCUMENT_NOUNS = new Set(
  ["بيان", "بيانات", "تقرير", "تقارير", "دراسة", "وثيقة", "مذكرة"].map(foldWord),
);
const documentSource = (t: Token | undefined): boolean =>
  !!t?.word && DOCUMENT_NOUNS.has(foldWord(t.text.replace(/^ل(?!ل)/u, "")));

/** «تحدث», «تحدثت», «صرحوا»: a source talking (to the paper), in a relative clause on it. Folded. */
const TALKED = /^(?:تحدث|صرح)(?:ت|وا)?$/u;
/** «وزع», «نشرت», «صدر», «نشرته»: a document's issuing verb, either gender, with or without its object. Folded. */
const ISSUED = /^(?:وزع|نشر|صدر|اصدر|عرض|قدم|اعد|اجري|عمم|تلي)(?:ت|ته|تها|ه|ها)?$/u;

const monthWord = (t: Token | undefined): boolean => !!t?.word && isMonthWord(t.text);

/**
 * Where the source after a nominal cue ends: before the first comma (or, past a name between two commas, the
 * second), without the month or time after it; -1 for comma when the source runs to the sentence end.
 */
export function nominalSourceEnd(
  text: string,
  s: Sentence,
  cue: Cue,
  toks: Token[],
): { comma: number; last: number } {
  let comma = toks.findIndex((t) => COMMAS.has(t.text));
  // «…، حسب ما أفاد به المدير العام …، العقيد بوعلام سي الطاهر.»: the source's apposition closes the sentence
  const appositive = comma > 0 && !!trimSpan(text, s.start, cue.start) && namingApposition(toks, comma);
  if (appositive) comma = -1;
  // «وبحسب مدير الشركة، السيد يوسف عبد الله، فإن …»: the name between the next two commas, before the
  // «فـ» of the content, is the source's
  const closing = comma > 0 ? toks.findIndex((t, k) => k > comma && COMMAS.has(t.text)) : -1;
  // («ووفق مدير الوكالة، المهندس X، الذي كان يتحدث …، يستهلك …»: or before a relative clause on the name)
  const after = toks[closing + 1]?.text ?? "";
  const part = toks.slice(comma + 1, closing);
  const titled = !!part[0] && PERSON_TITLES.has(titleHead(part[0].text));
  // (or before the occasion between the next two commas and the «فإن» after them: «…، X، خلال مؤتمر …، فإن …»)
  const thenComma = closing > 0 ? toks.findIndex((t, k) => k > closing + 1 && COMMAS.has(t.text)) : -1;
  const occasionFirst = thenComma > 0 && FA_INNA.test(toks[thenComma + 1]?.text ?? "");
  const named =
    closing > comma + 1 && (/^ف/u.test(after) || (titled && RELATIVE_ASIDE.test(after)) || occasionFirst);
  if (named && namesPerson(part)) comma = closing;
  // without a comma the source runs to the sentence end («…، بحسب ما أفادت لجنة محلية الأربعاء.»)
  let last = comma > 0 ? comma - 1 : toks.length - 1;
  while (last > 0 && !(toks[last] as Token).word) last--;
  // «تقرير صادر عن الاتحاد الدولي للنقل الجوي في أكتوبر/تشرين الأول الماضي»: the month the document came out
  const inMonth = toks.findIndex((t, k) => k > 1 && k < last && t.text === "في" && monthWord(toks[k + 1]));
  if (inMonth > 0) last = inMonth - 1;
  // «… الأربعاء», «… العام الماضي» are the time; «مديرية الأمن العام» ends with its adjective
  const sourceLast = last;
  while (
    last > 0 &&
    TIME_WORDS.has(foldWord((toks[last] as Token).text)) &&
    (last < sourceLast || !PERIOD_NOUNS.has(foldWord((toks[last] as Token).text)))
  )
    last--;
  if (comma <= 0 && last > 10 && !appositive) last = Math.min(toks.length, 6) - 1;
  return { comma, last };
}

/**
 * The first token of the source: past «ما» and its verb («بحسب ما أعلنت اللجنة»), what was learned and from
 * whom, the pronoun object, time and town, «عن» of the one relayed; and the verb after «ما» (folded, or "").
 */
export function nominalSourceStart(toks: Token[], last: number): { first: number; verb: string } {
  // «بحسب ما أعلنت اللجنة», «وفق ما نقلته الوكالة»: the source is the verb's subject
  let first = 0;
  const verb = toks[1] ? foldArabicWord((toks[1] as Token).text) : "";
  if (
    toks[0]?.text === "ما" &&
    (VERB_FORMS.has(verb) || VERB_FORMS.has(verb.replace(/(?:ه|ها)$/u, "")) || OBSERVED.test(verb))
  )
    first = 2;
  // «وحسب ما علم لدى مديرية السياحة»: as was learned from
  // «وحسب ما علمته «الشروق» من مصادر …»: what the paper learned, from whom
  const learnedFrom =
    toks[0]?.text === "ما" && /^علم(?:ت|ته|ناه)?$/u.test(verb)
      ? toks.findIndex((t, k) => k >= 2 && k <= 6 && ["لدى", "من", "عند"].includes(t.text))
      : -1;
  if (learnedFrom > 0 && toks[learnedFrom + 1]?.word) first = learnedFrom + 1;
  // «… أفاد به مسؤول», «… كشف عنه الوزير», «… نقلته وكالة "بلومبرغ" عن مصادر مطلعة»: the one relayed is
  // the source (the verb's preposition with the pronoun of «ما» is not)
  if (first === 2 && PRONOUN_OBJECT.test(toks[first]?.text ?? "")) first++;
  // «وحسب ما أكده لنا رئيس الجمعية», «حسب ما صرح به للنصر مدير القطاع»: the one told before the source
  if (first >= 2) first += toldBeforeSubject(toks.slice(first), new Set());
  // «حسب ما أفاد به يوم الثلاثاء بعنابة المدير العام …»: the time and the town come before the source
  if (first >= 2) first = pastTimeAndTown(toks, first);
  const relay = toks.findIndex((t, k) => k > first && k <= last && t.text === "عن");
  if (first === 2 && relay > 0 && relay < last) first = relay + 1;
  return { first, verb };
}

/** `last`, or the token before the first one in (`from`, `last`] that `cut` holds for: where a source ends. */
const cutBefore = (
  toks: Token[],
  from: number,
  last: number,
  cut: (t: Token, k: number) => boolean,
): number => {
  const k = toks.findIndex((t, j) => j > from && j <= last && cut(t, j));
  return k > from ? k - 1 : last;
};

/**
 * The last token of the source from `end` back: without «أيضا», the occasion, where a document was published
 * or the verb that issued it, the one told, the outlet told, who saw or obtained a document.
 */
export function nominalSourceLast(toks: Token[], first: number, end: number, verb: string): number {
  let last = end;
  // «وبحسب الدراسة أيضا،»
  while (last > first && ALSO.test((toks[last] as Token).text)) last--;
  // «وفق ما أعلن وزير الدولة لشؤون الإعلام في مؤتمر صحفي»: the occasion is not the source
  last = cutBefore(
    toks,
    first,
    last,
    (t, k) =>
      t.word &&
      ["في", "خلال", "عبر"].includes(t.text) &&
      !!toks[k + 1]?.word &&
      (STATEMENT_NOUNS.has(foldWord((toks[k + 1] as Token).text)) ||
        // «حسب ما كشف عنه الوزير في ندوة صحفية»: a press conference, a meeting
        OCCASIONS.test((toks[k + 1] as Token).text) ||
        // «ووفق ما ذكرت الهيئة في تقرير أصدرته أمس»: the report is the occasion
        (first === 2 && SOURCE_NOUNS.has(foldWord((toks[k + 1] as Token).text)))),
  );
  if (documentSource(toks[first])) {
    // «وفقا لبيان الشركة على «تداول السعودية»», «بحسب تقرير الوزارة عبر موقعها»: where a document was
    // published is no part of its author
    last = cutBefore(toks, first + 1, last, (t) => t.text === "على" || t.text === "عبر");
    // «بيان لوزارة الموارد البحرية وزع خلال الحفل», «تقرير لوزارة الصحة نشر أمس»: the verb that issued the
    // document opens a relative clause on it, no part of its author
    last = cutBefore(
      toks,
      first + 1,
      last,
      (t, k) =>
        t.word &&
        ISSUED.test(foldArabicWord(t.text)) &&
        // («التقرير الذي أصدره مكتب …»: after a relative pronoun the issuer follows the verb)
        !/^ال(?:ذي|تي)$/u.test(toks[k - 1]?.text ?? ""),
    );
  }
  // «حسب ما صرح به وزير المالية X لوكالة رويترز»: whom the source told is not the source (nor an outlet in
  // Latin script: «حسب ما أفادت به مصادر مطلعة لـLe360»)
  if (first >= 2)
    last = cutBefore(
      toks,
      first + 1,
      last,
      (t) =>
        t.word && /^ل/u.test(t.text) && (ADJUNCT_STARTS.has(foldWord(t.text)) || LATIN_HEARER.test(t.text)),
    );
  // «بحسب ما أفاد شهود عيان راديو دبنقا», «وفق ما أبلغ مسؤول قناة الحدث»: the outlet told, a bare object
  if (first >= 2 && HEARER_OBJECT_VERB.test(verb))
    last = cutBefore(toks, first + 1, last, (t) => t.word && OUTLET_HEADS.has(foldWord(t.text)));
  // «بحسب مصدر فني في الشركة تحدث لـ"السوسنة" أمس»: a verb of talking after an indefinite source opens a
  // relative clause on it (whom it talked to, when), no part of the source
  if (!/^ال/u.test(toks[first]?.text ?? ""))
    last = cutBefore(toks, first, last, (t) => t.word && TALKED.test(foldArabicWord(t.text)));
  // «مسودة البيان الختامي التي اطلعت عليها الوكالة», «وثيقة حصلت عليها الصحيفة»: who saw or obtained a
  // document is not its author
  let seenBy = toks.findIndex(
    (t, k) => k > first + 1 && k <= last && SAW_OR_GOT.test(foldArabicWord(t.text)),
  );
  if (seenBy > 0 && /^(?:الذي|التي)$/u.test(toks[seenBy - 1]?.text ?? "")) seenBy--;
  if (seenBy > first) last = seenBy - 1;
  return last;
}
