/**
 * Arabic: a voice first quoted past the lede, with no day of its own, that spoke to the paper («قال X
 * لـ"الأخبار" إن …», «في تصريح لمراسلنا»، «عبر الهاتف») or speaks in the present tense («ويرى الخبير …
 * أن …»، «وتقول X إن …»): words the outlet gathered on some day it does not give, not at the event the story
 * dated. English dates such words by the same reasons (UndatedReason "medium", "present", "commentary").
 */
import type { Draft } from "./draft.ts";
import { type Sentence, sentenceAt } from "./text/segment.ts";

/** Told the outlet: its quoted name, its correspondent, an agency or a channel; by phone; in an interview. */
const TO_THE_PAPER = new RegExp(
  [
    '(?<![\\p{L}\\p{M}])ل\\u0640?\\s*["«“]',
    "(?<![\\p{L}\\p{M}])ل(?:مراسل|موفد|مندوب|وكالة|صحيفة|قناة|موقع|شبكة|إذاعة|تلفزيون|مجلة|رويترز|فرانس|لأناضول|أسوشيتد|بي\\s+بي\\s+سي|لجزيرة)",
    "في\\s+(?:تصريح|تصريحات|حديث|حوار|مقابلة)\\s+(?:خاص[ةه]?\\s+)?(?:ل(?!لصحفيين|لصحافيين|وسائل)|مع|إلى)",
    "عبر\\s+الهاتف|هاتفيا|في\\s+اتصال\\s+(?:هاتفي\\s+)?(?:مع|ب)",
    "(?:التقتهم|التقتها|التقته|تحدثوا\\s+(?:ل|إلى))",
  ].join("|"),
  "u",
);

/** «يقول»، «وترى»، «فيرى»: a cue in the imperfect, which tells what the speaker holds, on no day. */
const PRESENT_CUE =
  /^[وف]?(?:يقول|تقول|يرى|ترى|يعتبر|تعتبر|يؤكد|تؤكد|يوضح|توضح|يشير|تشير|يستبعد|تستبعد|يروي|تروي|يتوقع|تتوقع|يحذر|تحذر|ينفي|تنفي)$/u;

/**
 * At the sitting, the conference, the meeting or the ceremony the story reports («خلال الجلسة»، «في المؤتمر
 * ذاته»، «في كلمته»، «عقب الجلسة»): the event's own words, whoever heard them.
 */
const AT_THE_EVENT =
  /(?:خلال|في|أثناء|أمام|عقب|بعد|هامش)\s+(?:ال)?(?:جلسة|مؤتمر|لقاء|ندوة|ورشة|اجتماع|حفل|احتفال|إفادة|منتدى|قمة|محكمة|مناقشة|مباراة|زيارة)|كلمت(?:ه|ها)|مداخلت(?:ه|ها)|بالمناسبة/u;

/** The claim's sentence before its content (its speaker, cue and the words around them). */
function frameLine(text: string, sentences: Sentence[], d: Draft): string {
  const s = sentenceAt(sentences, d.cueStart);
  if (!s) return text.slice(d.cueStart, d.cueEnd);
  // (a quotation before its cue: the words after it)
  if (d.contentEnd <= d.cueStart) return text.slice(Math.max(s.start, d.contentEnd), s.end);
  const cut = d.contentStart > d.cueStart ? Math.min(d.contentStart, s.end) : s.end;
  return text.slice(s.start, Math.max(cut, d.cueEnd));
}

/** The Arabic claim's speaker told the paper its words, or holds them in the present, away from the story's event. */
export function offTheEvent(text: string, sentences: Sentence[], d: Draft): boolean {
  const line = frameLine(text, sentences, d);
  if (AT_THE_EVENT.test(line)) return false;
  return TO_THE_PAPER.test(line) || PRESENT_CUE.test(text.slice(d.cueStart, d.cueEnd));
}

/** «حيث التقت "الأيام" عددا من البحارة أول أمس», «التقينا»: the outlet met the people it then quotes. */
const REPORTER_MET =
  /(?:التقت|زارت)[\s\u00A0]+["«“]|التقينا|التقيناهم|زرنا|(?:التقى|زار)[\s\u00A0]+(?:مراسل|موفد)/u;

/**
 * «وعلى الساحل، حيث التقت "الأيام" عددا من البحارة أول أمس، …. يقول البحار X: "…"»: the running day was told
 * in a sentence where the outlet met people; a voice in the present that follows, told nowhere else, spoke then.
 */
export function metByReporter(text: string, sentences: Sentence[], dayAt: number, d: Draft): boolean {
  const s = sentenceAt(sentences, dayAt);
  if (!s || !REPORTER_MET.test(text.slice(s.start, s.end))) return false;
  return (
    PRESENT_CUE.test(text.slice(d.cueStart, d.cueEnd)) && !TO_THE_PAPER.test(frameLine(text, sentences, d))
  );
}
