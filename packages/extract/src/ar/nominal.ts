// Nominal cues: «وبحسب المصدر، …», «…، وفق ما أعلنت اللجنة», «وبحسبه، …».
import { type ArticleView, type Draft, newDraft, spanDraft, trimSpan } from "../draft.ts";
import { foldForCompare, seatless, withoutHarakat } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { anonymityStart } from "./anonymity.ts";
import { ANONYMITY, ASIDE_OPENERS, COMMAS } from "./content.ts";
import { contentEnd } from "./content-end.ts";
import type { Cue } from "./cue-finder.ts";
import { foldArabicWord } from "./cues.ts";
import { foldWord, ORG_TITLES, OWN_WORDS_MARKER, PERSON_TITLES, SOURCE_NOUNS } from "./lexicon.ts";
import {
  FA_INNA,
  nominalSourceEnd,
  nominalSourceLast,
  nominalSourceStart,
  OBSERVED,
} from "./nominal-source.ts";
import { outletObserved } from "./own-observation.ts";
import { closingOwnWordsDraft } from "./own-words-tag.ts";
import { DASH_DATELINE, titleHead } from "./phrase.ts";

/** «و» opening a new clause or noun, not a name («وستفتح»: a future verb). */
const NEW_CLAUSE_AFTER_WA = seatless(
  /^و(?:ال|من|في|قد|لم|لن|كان|أن|إن|س?[تيأن](?=[\p{L}]{3})|ا(?=[\p{L}]{3})|\p{L}{3,4}ت(?![\p{L}\p{M}]))/u,
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

/** «نوعه», «حجم», «سرعتها», «الحالة»: a property of a thing (its type, size, speed, state, age), with or without a pronoun. */
const MEASURE =
  /^(?:ال)?(?:نوع|نوعية|حجم|سرع|حال|طبيع|درج|عمر|وزن|مساح|طول|جود|مد|فئ|مستوى)(?:ة|ت)?(?:ه|ها|هم|هما)?$/u;

/** «الخطة», «الجدول», «المخطط», «الروزنامة»: a plan or schedule. */
const PLAN = /^(?:ال)?(?:خطة|خطط|جدول|مخطط|روزنامة)$/u;

/** «وعلى صعيد التوزيع،», «وفي سياق متصل،», «ومن جهة أخرى،»: a topic frame between commas. */
const TOPIC_FRAME = seatless(
  /^و?(?:على[\s\u00A0]+صعيد|في[\s\u00A0]+سياق|من[\s\u00A0]+جهة|على[\s\u00A0]+مستوى|في[\s\u00A0]+المقابل|بالمقابل|إلى[\s\u00A0]+ذلك|في[\s\u00A0]+غضون[\s\u00A0]+ذلك|في[\s\u00A0]+الأثناء|من[\s\u00A0]+ناحية[\s\u00A0]+أخرى)[^،,.\n]{0,30}[،,][\s\u00A0]*/u,
);

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
  if (!comma) return closingOwnWordsDraft(view, s, cue, sourceEnd);
  // («…، على حد تعبيره»: the writer's tag on the wording closes the content, as after a verb)
  const start = sourceEnd + comma[0].length;
  const content = trimSpan(text, start, contentEnd(view, s, start, true, []));
  if (!content) return null;
  return spanDraft("ar.nominal+pronoun", {
    cue: [cue.verbStart, sourceEnd],
    content,
    frame: [s.start, s.end],
    inherits: true,
  });
}

/**
 * The reported words that open a sentence before their cue (`before`: the sentence up to it): without a
 * dateline («الخرطوم (أ ف ب) - …»), the writer's topic frame («وفي سياق متصل، …») or a leading «و».
 */
export function leadingContent(text: string, before: [number, number]): [number, number] | null {
  let content: [number, number] | null = before;
  const dateline = DASH_DATELINE.exec(text.slice(before[0], before[0] + 60));
  if (dateline) content = trimSpan(text, before[0] + dateline[0].length, before[1]);
  const outlet = content && OUTLET_DATELINE.exec(text.slice(content[0], content[0] + 60));
  if (content && outlet) content = trimSpan(text, content[0] + outlet[0].length, content[1]);
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

/**
 * «إيلاف من لندن: », «بيروت- "القدس العربي": » (after the dash dateline): the outlet's colon dateline, its
 * name and the city it files from, before the reported words.
 */
const OUTLET_DATELINE =
  /^(?:(?:[\p{L}\p{M}]+[\s\u00A0]+){1,2}من(?:[\s\u00A0]+[\p{L}\p{M}]+){1,2}|["“«][^"”»\n]{2,30}["”»])[\s\u00A0]*:[\s\u00A0]+/u;

/**
 * «وبحسب المصدر، …» or «…، وفق المصدر»: the source follows the cue, the content is the rest (up to the first
 * of `stops`, the participles that go on with it: «وبحسب X، فإن …، مشيرا إلى …»).
 */
export function nominalDraft(view: ArticleView, s: Sentence, cue: Cue, stops: number[] = []): Draft | null {
  const { text } = view;
  // «ووفقا للشركة»: the cue's «ل» and the article make «لل»; the source is «للشركة» (= الشركة)
  // («حسبما أفادت الوزارة»: the source is read from the «ما» written onto the cue, as after «حسب ما»)
  const cueText = text.slice(cue.verbStart, cue.end);
  const cueEnd =
    cueText.endsWith("ل") && text[cue.end] === "ل"
      ? cue.end - 1
      : FUSED_MA.test(cueText)
        ? cue.end - 2
        : cue.end;
  // «وبحسبه، …», «وفقا لها»: the pronoun is the speaker just quoted
  const pronoun = pronounSource(text, cueEnd);
  if (pronoun) return pronounNominalDraft(view, s, cue, pronoun);
  const afterCue = foldForCompare(text.slice(cueEnd, cueEnd + 16));
  // the source may be long: «وبحسب التقرير الذي أصدره مكتب … (أوتشا) بالتزامن مع المؤتمر، فإن …»
  const toks = tokensForward(text, cueEnd, s.end, 30);
  // «بحسب تعبيره», «بحسب ما قال،»: in the speaker's own words; «ووفق ما ذكرت هيئة …» names a source
  const namedAfter = /^ما (?:قال|ذكر)/u.test(afterCue) && !!toks[2]?.word && !COMMAS.has(toks[2]?.text ?? "");
  if (OWN_WORDS_MARKER.test(afterCue) && !namedAfter) return null;
  const { comma, last: end } = nominalSourceEnd(text, s, cue, toks);
  const { first, verb } = nominalSourceStart(toks, end);
  const last = nominalSourceLast(toks, first, end, verb);

  // «وفق/وفقا ل/طبقا ل» also mean "in line with": they name a source only with a body, a person or a report
  const firstWord = toks[first];
  const loose = /^[وف]?(?:وفق|طبقا)/u.test(text.slice(cue.verbStart, cue.end));
  if (loose && first === 0 && firstWord) {
    const withoutLam = firstWord.text.replace(/^لل/u, "ال").replace(/^ل(?!ل)/u, "");
    const w = foldWord(withoutLam);
    const head = titleHead(withoutLam);
    if (!ORG_TITLES.has(head) && !PERSON_TITLES.has(head) && !SOURCE_NOUNS.has(w)) return null;
  }
  // «بحسب نوعه وسرعته»: a thing's type or size is what a figure varies with, no one who says it
  if (firstWord?.word && MEASURE.test(withoutHarakat(firstWord.text))) return null;
  // «بحسب الخطة المعلنة», «وفق الجدول الزمني»: a plan or schedule that things go by
  if (firstWord?.word && PLAN.test(withoutHarakat(firstWord.text))) return null;
  const sourceEnd = closingBracketEnd(toks, first, last) ?? toks[last]?.end ?? cueEnd;
  if (first === 2 && OBSERVED.test(verb) && outletObserved(text, toks[first]?.start ?? cueEnd, sourceEnd))
    return null;
  // «بحسب مصدر أمني رفض الكشف عن اسمه،»: the request for anonymity is no part of the source's words
  const sourceStart = toks[first]?.start ?? cueEnd;
  const source = trimSpan(text, sourceStart, anonymityStart(text, sourceStart, sourceEnd) ?? sourceEnd);
  if (!source) return null;
  const d = newDraft({
    cueStart: cue.verbStart,
    cueEnd: Math.max(cueEnd, FUSED_MA.test(cueText) ? cue.end : cueEnd),
    mentionStart: source[0],
    mentionEnd: source[1],
  });
  let content = nominalContent(view, s, cue, toks, comma, stops);
  if (!content) return null;
  // «وبحسب الصحيفة، فإن الجيش …»: the complementizer is not part of the content; nor the «فقد» that opens
  // a past verb there («وحسب معطيات الجمعية، فقد تلقت …»)
  const lead = /^(?:ف?[إأا]ن\u0651?(?:ه|ها|هم)?|فقد)[\s\u00A0]+/u.exec(
    text.slice(content[0], content[0] + 8),
  );
  if (lead) content = trimSpan(text, content[0] + lead[0].length, content[1]);
  if (!content) return null;
  [d.contentStart, d.contentEnd] = content;
  d.frameStart = s.start;
  d.frameEnd = s.end;
  d.rules.push("ar.nominal");
  return d;
}

/** «حسبما», «بحسبما», «وفقما», «وفقا لما»: a nominal cue ending in «ما», its source the subject of the verb after it. */
const FUSED_MA = /(?:حسب|وفق|[\s\u00A0]ل)ما$/u;

/** The content of a nominal cue: the words before it that open the sentence, or those after the source's comma. */
function nominalContent(
  view: ArticleView,
  s: Sentence,
  cue: Cue,
  toks: Token[],
  comma: number,
  stops: number[],
): [number, number] | null {
  const { text } = view;
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
      // «وبحسب الوزارة، في تقرير أصدرته أمس، فإن …»: the «فإن» after the next comma opens the content
      const beforeFaInna = FA_INNA.test(toks[next + 1]?.text ?? "");
      if (
        next < 0 ||
        !(ASIDE_OPENERS.has(foldArabicWord((toks[c + 1] as Token).text)) || anonymous || beforeFaInna)
      )
        break;
      c = next;
    }
    // «…، وهو ما لم يحدث منذ عامين», «…، فيما رفض المدير الإدلاء بأي تصريح»: the writer's words after it
    const start = (toks[c] as Token).end;
    content = trimSpan(text, start, contentEnd(view, s, start, true, stops));
  } else return null;
  return content;
}
