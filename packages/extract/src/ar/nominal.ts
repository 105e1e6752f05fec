// Nominal cues: «وبحسب المصدر، …», «…، وفق ما أعلنت اللجنة», «وبحسبه، …».
import { type ArticleView, type Draft, newDraft, trimSpan } from "../draft.ts";
import { foldForCompare, seatless, withoutHarakat } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { anonymityStart } from "./anonymity.ts";
import { ANONYMITY, ASIDE_OPENERS, COMMAS } from "./content.ts";
import { contentEnd } from "./content-end.ts";
import type { Cue } from "./cue-finder.ts";
import { foldArabicWord, VERB_FORMS } from "./cues.ts";
import { AR_MONTHS } from "./date-words.ts";
import {
  ADJUNCT_STARTS,
  foldWord,
  ORG_TITLES,
  OWN_WORDS_MARKER,
  PERIOD_NOUNS,
  PERSON_TITLES,
  SOURCE_NOUNS,
  STATEMENT_NOUNS,
  TIME_WORDS,
} from "./lexicon.ts";
import { nameOnly } from "./name-only.ts";
import { outletObserved } from "./own-observation.ts";
import { DASH_DATELINE, OCCASIONS, titleHead } from "./phrase.ts";
import { SAW_OR_GOT } from "./statement-adjunct.ts";

/** «أيضا», «كذلك»: "also", after the object. */
const ALSO = seatless(/^(?:أيضا|كذلك)$/u);
/** «به», «عنها», «إليه»: a pronoun object of the verb's particle. */
const PRONOUN_OBJECT = seatless(/^(?:به|بها|عنه|عنها|إليه|إليها)$/u);
/** «و» opening a new clause or noun, not a name. */
const NEW_CLAUSE_AFTER_WA = seatless(
  /^و(?:ال|من|في|قد|لم|لن|كان|أن|إن|[تيأنا](?=[\p{L}]{3})|\p{L}{3,4}ت(?![\p{L}\p{M}]))/u,
);

/**
 * «وشهد العالم …», «وبلغ العدد …»: «و», a perfect verb of three letters and its definite subject (not a
 * noun of four letters: «وباء الكوليرا», «وزير المالية»).
 */
const WA_NOUNS = new Set(["وباء", "وقود", "وصول", "وجود", "وفاة", "وعود"].map(foldWord));
function perfectThenSubject(start: string): boolean {
  const m = /^(و\p{L}{3})[\s\u00A0]+ال/u.exec(start);
  if (!m) return false;
  const w = m[1] as string;
  return !WA_NOUNS.has(foldWord(w)) && !PERSON_TITLES.has(titleHead(w)) && !ORG_TITLES.has(titleHead(w));
}

/** «وعلى صعيد التوزيع،», «وفي سياق متصل،», «ومن جهة أخرى،»: a topic frame between commas. */
const TOPIC_FRAME = seatless(
  /^و?(?:على[\s\u00A0]+صعيد|في[\s\u00A0]+سياق|من[\s\u00A0]+جهة|على[\s\u00A0]+مستوى|في[\s\u00A0]+المقابل|بالمقابل|إلى[\s\u00A0]+ذلك|في[\s\u00A0]+غضون[\s\u00A0]+ذلك|في[\s\u00A0]+الأثناء|من[\s\u00A0]+ناحية[\s\u00A0]+أخرى)[^،,.\n]{0,30}[،,][\s\u00A0]*/u,
);
/** «وفق ما رصدته الصحيفة», «حسب ما وثقه المرصد», «حسب ما عاينته هسبريس»: what a source observed. */
const OBSERVED = /^(?:رصد|وثق|لاحظ|سجل|عاين|شاهد)(?:ت|نا)?(?:ه|ها)?$/u;

/** «وفق ما أفادت وكالة الأنباء القطرية (قنا)», «وفق أرقام "ساما"»: the bracket or quotation mark the source opened closes it. */
function closingBracketEnd(toks: Token[], first: number, last: number): number | null {
  const close = toks[last + 1];
  const inside = toks.slice(first, last + 1);
  if (inside.some((t) => t.text === "(")) return close?.text === ")" ? close.end : null;
  const quotes = inside.filter((t) => /^["«“”»]$/u.test(t.text)).length;
  return quotes % 2 === 1 && /^["»”]$/u.test(close?.text ?? "") ? (close as Token).end : null;
}

/** The end of a pronoun on a nominal cue («بحسبه», «وفقا لها», «حسبهم»), or null. */
function pronounSource(text: string, cueEnd: number): number | null {
  const m = /^(?:[\s\u00A0]*ل)?(?:ه|ها|هم|هما)(?![\p{L}\p{M}])/u.exec(text.slice(cueEnd, cueEnd + 6));
  return m ? cueEnd + m[0].length : null;
}

/** «وبحسبه، فإن …»: the content after the comma, said by the speaker the pronoun stands for. */
function pronounNominalDraft(view: ArticleView, s: Sentence, cue: Cue, sourceEnd: number): Draft | null {
  const { text } = view;
  // «وبحسبه، فإنّ …» (Annahar writes the shadda)
  const comma = /^[\s\u00A0]*[،,][\s\u00A0]*(?:ف?[إأا]ن\u0651?(?:ه|ها|هم)?[\s\u00A0]+)?/u.exec(
    text.slice(sourceEnd),
  );
  if (!comma) return null;
  // («…، على حد تعبيره»: the writer's tag on the wording closes the content, as after a verb)
  const start = sourceEnd + comma[0].length;
  const content = trimSpan(text, start, contentEnd(view, s, start, true, []));
  if (!content) return null;
  const d = newDraft({ cueStart: cue.verbStart, cueEnd: sourceEnd, inherits: true });
  [d.contentStart, d.contentEnd] = content;
  d.frameStart = s.start;
  d.frameEnd = s.end;
  d.rules.push("ar.nominal+pronoun");
  return d;
}

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

/** «أفاد», «أبلغت», «أخبر»: verbs whose bare object is the one told. Folded. */
const HEARER_OBJECT_VERB = /^(?:افاد|ابلغ|اخبر)(?:ت|وا)?$/u;
/** Heads of an outlet's name without the article («راديو دبنقا», «قناة الحدث»). Folded. */
const OUTLET_HEADS = new Set(
  ["راديو", "إذاعة", "قناة", "صحيفة", "وكالة", "موقع", "تلفزيون", "شبكة"].map(foldWord),
);

/**
 * The reported words that open a sentence before their cue (`before`: the sentence up to it): without a
 * dateline («الخرطوم (أ ف ب) - …»), the writer's topic frame («وفي سياق متصل، …») or a leading «و».
 */
export function leadingContent(text: string, before: [number, number]): [number, number] | null {
  let content: [number, number] | null = before;
  const dateline = DASH_DATELINE.exec(text.slice(before[0], before[0] + 60));
  if (dateline) content = trimSpan(text, before[0] + dateline[0].length, before[1]);
  const frame = content && TOPIC_FRAME.exec(text.slice(content[0], content[0] + 50));
  if (content && frame) content = trimSpan(text, content[0] + frame[0].length, content[1]);
  if (
    content &&
    // («وارتفع», «ورفعت», «وساهمت»: a verb of the forms افتعل, فعلت or فاعلت after the «و»)
    (NEW_CLAUSE_AFTER_WA.test(text.slice(content[0], content[0] + 6)) ||
      perfectThenSubject(text.slice(content[0], content[0] + 12)))
  )
    content = trimSpan(text, content[0] + 1, content[1]);
  return content;
}

/** «لبيان», «تقرير», «بيانات»: a source that is a document (without the cue's «ل»), not a person. */
const DOCUMENT_NOUNS = new Set(
  ["بيان", "بيانات", "تقرير", "تقارير", "دراسة", "وثيقة", "مذكرة"].map(foldWord),
);
const documentSource = (t: Token | undefined): boolean =>
  !!t?.word && DOCUMENT_NOUNS.has(foldWord(t.text.replace(/^ل(?!ل)/u, "")));

/** «وزع», «نشرت», «صدر», «نشرته»: a document's issuing verb, either gender, with or without its object. Folded. */
const ISSUED = /^(?:وزع|نشر|صدر|اصدر|عرض|قدم|اعد|اجري|عمم|تلي)(?:ت|ته|تها|ه|ها)?$/u;

/** «أكتوبر», «تشرين», «جانفي»: a month's name, or the first word of one. */
const MONTH_WORDS = new Set(AR_MONTHS.map(([m]) => foldWord(m.split(" ")[0] as string)));
const monthWord = (t: Token | undefined): boolean => !!t?.word && MONTH_WORDS.has(foldWord(t.text));

/**
 * «وبحسب المصدر، …» or «…، وفق المصدر»: the source follows the cue, the content is the rest (up to the first
 * of `stops`, the participles that go on with it: «وبحسب X، فإن …، مشيرا إلى …»).
 */
export function nominalDraft(view: ArticleView, s: Sentence, cue: Cue, stops: number[] = []): Draft | null {
  const { text } = view;
  // «ووفقا للشركة»: the cue's «ل» and the article make «لل»; the source is «للشركة» (= الشركة)
  const cueEnd =
    text.slice(cue.verbStart, cue.end).endsWith("ل") && text[cue.end] === "ل" ? cue.end - 1 : cue.end;
  // «وبحسبه، …», «وفقا لها»: the pronoun is the speaker just quoted
  const pronoun = pronounSource(text, cueEnd);
  if (pronoun) return pronounNominalDraft(view, s, cue, pronoun);
  const afterCue = foldForCompare(text.slice(cueEnd, cueEnd + 16));
  // the source may be long: «وبحسب التقرير الذي أصدره مكتب … (أوتشا) بالتزامن مع المؤتمر، فإن …»
  const toks = tokensForward(text, cueEnd, s.end, 30);
  // «بحسب تعبيره», «بحسب ما قال،»: in the speaker's own words; «ووفق ما ذكرت هيئة …» names a source
  const namedAfter = /^ما (?:قال|ذكر)/u.test(afterCue) && !!toks[2]?.word && !COMMAS.has(toks[2]?.text ?? "");
  if (OWN_WORDS_MARKER.test(afterCue) && !namedAfter) return null;
  let comma = toks.findIndex((t) => COMMAS.has(t.text));
  // «…، حسب ما أفاد به المدير العام …، العقيد بوعلام سي الطاهر.»: the source's apposition closes the sentence
  const appositive = comma > 0 && !!trimSpan(text, s.start, cue.start) && namingApposition(toks, comma);
  if (appositive) comma = -1;
  // «وبحسب مدير الشركة، السيد يوسف عبد الله، فإن …»: the name between the next two commas, before the
  // «فـ» of the content, is the source's
  const closing = comma > 0 ? toks.findIndex((t, k) => k > comma && COMMAS.has(t.text)) : -1;
  const named = closing > comma + 1 && /^ف/u.test(toks[closing + 1]?.text ?? "");
  if (named && namesPerson(toks.slice(comma + 1, closing))) comma = closing;
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
  // «حسب ما أفاد به يوم الثلاثاء بعنابة المدير العام …»: the time and the town come before the source
  if (first >= 2) first = pastTimeAndTown(toks, first);
  const relay = toks.findIndex((t, k) => k > first && k <= last && t.text === "عن");
  if (first === 2 && relay > 0 && relay < last) first = relay + 1;
  // «وبحسب الدراسة أيضا،»
  while (last > first && ALSO.test((toks[last] as Token).text)) last--;
  // «وفق ما أعلن وزير الدولة لشؤون الإعلام في مؤتمر صحفي»: the occasion is not the source
  const occasion = toks.findIndex(
    (t, k) =>
      k > first &&
      k <= last &&
      t.word &&
      ["في", "خلال", "عبر"].includes(t.text) &&
      !!toks[k + 1]?.word &&
      (STATEMENT_NOUNS.has(foldWord((toks[k + 1] as Token).text)) ||
        // «حسب ما كشف عنه الوزير في ندوة صحفية»: a press conference, a meeting
        OCCASIONS.test((toks[k + 1] as Token).text) ||
        // «ووفق ما ذكرت الهيئة في تقرير أصدرته أمس»: the report is the occasion
        (first === 2 && SOURCE_NOUNS.has(foldWord((toks[k + 1] as Token).text)))),
  );
  if (occasion > first) last = occasion - 1;
  // «وفقا لبيان الشركة على «تداول السعودية»», «بحسب تقرير الوزارة عبر موقعها»: where a document was
  // published is no part of its author
  const published = documentSource(toks[first])
    ? toks.findIndex((t, k) => k > first + 1 && k <= last && (t.text === "على" || t.text === "عبر"))
    : -1;
  if (published > first + 1) last = published - 1;
  // «بيان لوزارة الموارد البحرية وزع خلال الحفل», «تقرير لوزارة الصحة نشر أمس»: the verb that issued the
  // document opens a relative clause on it, no part of its author
  const issued = documentSource(toks[first])
    ? toks.findIndex(
        (t, k) =>
          k > first + 1 &&
          k <= last &&
          t.word &&
          ISSUED.test(foldArabicWord(t.text)) &&
          // («التقرير الذي أصدره مكتب …»: after a relative pronoun the issuer follows the verb)
          !/^ال(?:ذي|تي)$/u.test(toks[k - 1]?.text ?? ""),
      )
    : -1;
  if (issued > first + 1) last = issued - 1;
  // «حسب ما صرح به وزير المالية X لوكالة رويترز»: whom the source told is not the source
  const told = toks.findIndex(
    (t, k) =>
      k > first + 1 && k <= last && t.word && /^ل/u.test(t.text) && ADJUNCT_STARTS.has(foldWord(t.text)),
  );
  if (first >= 2 && told > first + 1) last = told - 1;
  // «بحسب ما أفاد شهود عيان راديو دبنقا», «وفق ما أبلغ مسؤول قناة الحدث»: the outlet told, a bare object
  const hearer = HEARER_OBJECT_VERB.test(verb)
    ? toks.findIndex((t, k) => k > first + 1 && k <= last && t.word && OUTLET_HEADS.has(foldWord(t.text)))
    : -1;
  if (first >= 2 && hearer > first + 1) last = hearer - 1;
  // «مسودة البيان الختامي التي اطلعت عليها الوكالة», «وثيقة حصلت عليها الصحيفة»: who saw or obtained a
  // document is not its author
  let seenBy = toks.findIndex(
    (t, k) => k > first + 1 && k <= last && SAW_OR_GOT.test(foldArabicWord(t.text)),
  );
  if (seenBy > 0 && /^(?:الذي|التي)$/u.test(toks[seenBy - 1]?.text ?? "")) seenBy--;
  if (seenBy > first) last = seenBy - 1;

  // «وفق/وفقا ل/طبقا ل» also mean "in line with": they name a source only with a body, a person or a report
  const firstWord = toks[first];
  const loose = /^[وف]?(?:وفق|طبقا)/u.test(text.slice(cue.verbStart, cue.end));
  if (loose && first === 0 && firstWord) {
    const withoutLam = firstWord.text.replace(/^لل/u, "ال").replace(/^ل(?!ل)/u, "");
    const w = foldWord(withoutLam);
    const head = titleHead(withoutLam);
    if (!ORG_TITLES.has(head) && !PERSON_TITLES.has(head) && !SOURCE_NOUNS.has(w)) return null;
  }
  const sourceEnd = closingBracketEnd(toks, first, last) ?? toks[last]?.end ?? cueEnd;
  if (first === 2 && OBSERVED.test(verb) && outletObserved(text, toks[first]?.start ?? cueEnd, sourceEnd))
    return null;
  // «بحسب مصدر أمني رفض الكشف عن اسمه،»: the request for anonymity is no part of the source's words
  const sourceStart = toks[first]?.start ?? cueEnd;
  const source = trimSpan(text, sourceStart, anonymityStart(text, sourceStart, sourceEnd) ?? sourceEnd);
  if (!source) return null;
  const d = newDraft({
    cueStart: cue.verbStart,
    cueEnd,
    mentionStart: source[0],
    mentionEnd: source[1],
  });
  const before = trimSpan(text, s.start, cue.start);
  let content: [number, number] | null;
  if (before && before[1] - before[0] > 15) {
    content = leadingContent(text, before);
  } else if (comma > 0) {
    // «ووفقا للدراسة، التي نشرت في دورية علمية، فإن …»: past a relative clause on the source, and past
    // a request for anonymity («وحسب مسؤول …، طلب عدم الإشارة إلى اسمه، فإن …»)
    let c = comma;
    while (toks[c + 1]?.word) {
      const next = toks.findIndex((t, k) => k > c + 1 && COMMAS.has(t.text));
      const anonymous = toks.slice(c + 1, next).some((t) => t.word && ANONYMITY.test(withoutHarakat(t.text)));
      if (next < 0 || !(ASIDE_OPENERS.has(foldArabicWord((toks[c + 1] as Token).text)) || anonymous)) break;
      c = next;
    }
    // «…، وهو ما لم يحدث منذ عامين», «…، فيما رفض المدير الإدلاء بأي تصريح»: the writer's words after it
    const start = (toks[c] as Token).end;
    content = trimSpan(text, start, contentEnd(view, s, start, true, stops));
  } else return null;
  if (!content) return null;
  // «وبحسب الصحيفة، فإن الجيش …»: the complementizer is not part of the content
  const lead = /^(?:ف?[إأا]ن\u0651?(?:ه|ها|هم)?)[\s\u00A0]+/u.exec(text.slice(content[0], content[0] + 8));
  if (lead) content = trimSpan(text, content[0] + lead[0].length, content[1]);
  if (!content) return null;
  [d.contentStart, d.contentEnd] = content;
  d.frameStart = s.start;
  d.frameEnd = s.end;
  d.rules.push("ar.nominal");
  return d;
}
