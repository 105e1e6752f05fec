// «وجاء في بيان صادر عن وزارة الخارجية أن …», «وورد في التقرير أن …»: what a document states, said by
// whoever issued it; the document words are the mention (as «ذكر بيان صادر عن الوزارة أن …»).
import { type ArticleView, type Draft, newDraft, trimSpan } from "../draft.ts";
import { seatless } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { contentStart } from "./content.ts";
import { contentEnd } from "./content-end.ts";
import { foldWord, TIME_WORDS } from "./lexicon.ts";
import { readSubject } from "./subject.ts";

/** «جاء في», «وورد في», «كما جاء في»: the cue, opening its clause (after «و», «ف», «كما» or a comma). */
const STATED_IN = seatless(
  /(?:^|[،,:؛]\s*|(?<![\p{L}\p{M}]))(?:[وف]|كما\s+)?(?<cue>(?:جاء|جاءت|ورد|وردت)\s+(?:في|ضمن))\s+(?<doc>(?:نص\s+|ختام\s+)?(?:ال)?(?:بيان|بيانها|بيانه|تقرير|تقريرها|تقريره|رسالة|وثيقة|مذكرة|قرار|خطاب|كلمة|تصريح|منشور|تغريدة|تدوينة|دراسة|مسودة|نشرة|تعميم|إعلان|بلاغ)(?![\p{L}\p{M}])[^.،,:؛«"“]{0,120}?)(?=\s*[،,:]|\s+ب?[أإ]ن)/u,
);

/** The draft of a «جاء في بيان … أن …» sentence, or null when the sentence has none. */
export function statedInDraft(view: ArticleView, s: Sentence, stops: number[]): Draft | null {
  const { text } = view;
  const m = STATED_IN.exec(text.slice(s.start, s.end));
  const cue = m?.groups?.cue;
  const doc = m?.groups?.doc;
  if (!m || !cue || !doc) return null;
  const cueStart = s.start + m.index + m[0].indexOf(cue);
  const docStart = cueStart + m[0].slice(m[0].indexOf(cue)).indexOf(doc);
  const { start, clausal } = contentStart(view, docStart + doc.length, s.end);
  if (!clausal) return null;
  const span = trimSpan(text, start, contentEnd(view, s, start, true, stops));
  if (!span || span[1] - span[0] < 3) return null;
  const [mentionStart, mentionEnd] = documentWords(doc, docStart);
  const d = newDraft({ cueStart, cueEnd: cueStart + cue.length, mentionStart, mentionEnd });
  const issuer = issuerNamedBefore(text, text.slice(mentionStart, mentionEnd), s.start);
  if (issuer) d.speakerName = issuer;
  [d.contentStart, d.contentEnd] = span;
  d.frameStart = s.start;
  d.frameEnd = Math.max(d.cueEnd, span[0]);
  d.rules.push("ar.stated-in");
  return d;
}

/** «كلمة الرئيس», «تغريدة الوزير»: words someone spoke or posted; their genitive is the speaker. */
const SPOKEN = /^(?:كلمة|خطاب|تصريح|منشور|تغريدة|تدوينة|رسالة)[\s\u00A0]+(?=ال)/u;
/**
 * The words naming the document (or, for a speech, the one who gave it), without the occasion and time
 * after them: «بيان صادر عن الوزارة», «كلمة الرئيس خلال القمة» → «الرئيس», «بيان للجيش اليوم» → «بيان للجيش».
 */
function documentWords(doc: string, at: number): [number, number] {
  const words = [...doc.matchAll(/[^\s\u00A0]+/gu)];
  let end = words.length;
  // («تقرير البنك الدولي الصادر أمس», «البيان الذي نشرته …»: a relative on the document without its issuer)
  const occasion = words.findIndex(
    (w, k) =>
      k > 0 &&
      (OCCASION_WORDS.has(w[0]) || (RELATIVES.has(w[0]) && !["عن", "من"].includes(words[k + 1]?.[0] ?? ""))),
  );
  if (occasion > 0) end = occasion;
  while (end > 1 && TIME_WORDS.has(foldWord((words[end - 1] as RegExpMatchArray)[0]))) end--;
  const last = words[end - 1] as RegExpMatchArray;
  const spoken = SPOKEN.exec(doc);
  const start = spoken && end > 1 ? spoken[0].length : 0;
  return [at + start, at + (last.index ?? 0) + last[0].length];
}
// («بيان نشرته الجامعة على صفحتها», «عبر حسابها»: where it was posted)
const OCCASION_WORDS = new Set(["خلال", "أثناء", "أمام", "في", "لدى", "بمناسبة", "على", "عبر"]);
const RELATIVES = new Set(["الذي", "التي", "الصادر", "الصادرة", "المنشور", "المنشورة"]);

/** «وثيقة صادرة عن », «رسالة صادرة من »: a document introduced with the body that issued it. */
const ISSUED_BY = seatless(/[\s\u00A0]+(?:ال)?صادر(?:ة)?[\s\u00A0]+(?:عن|من)[\s\u00A0]+/u);

/**
 * «حصلت الصحيفة على وثيقة صادرة عن دائرة الزراعة … وجاء في الوثيقة أن …»: the document alone («الوثيقة»),
 * introduced earlier in the article with its issuer, speaks as that issuer. The issuer's words, or null.
 */
function issuerNamedBefore(text: string, words: string, before: number): string | null {
  const noun = /^ال(\p{L}{3,})$/u.exec(words)?.[1];
  if (!noun) return null;
  const intro = new RegExp(`(?<![\\p{L}\\p{M}])${noun}${ISSUED_BY.source}`, "gu");
  const head = text.slice(0, before);
  let last: RegExpExecArray | null = null;
  for (let m = intro.exec(head); m; m = intro.exec(head)) last = m;
  if (!last) return null;
  const from = last.index + last[0].length;
  const issuer = readSubject(text, from, Math.min(before, from + 120), new Set());
  return issuer ? text.slice(issuer.start, issuer.end) : null;
}
