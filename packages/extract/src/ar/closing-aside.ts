// «…، في تصريح لـ"التيار" اليوم.», «…، في حديث لـ"المدى" مساء أمس، مشيرا …»: where and to whom the words were
// said, put after the content at the end of the statement; the writer's aside, no part of the content.
import { foldForCompare } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";
import { foldWord } from "./lexicon.ts";

/** «في تصريح», «في حديثه», «في مقابلة», «في اتصال»: the statement's occasion nouns, folded. */
const OCCASION_NOUN =
  /^في (?:تصريح|تصريحات|تصريحه|تصريحها|تصريحاته|تصريحاتها|حديث|حديثه|حديثها|مقابلة|مقابلته|مقابلتها|اتصال|لقاء)(?:\s|$)/u;

/**
 * The comma at `i` opens such an aside and the aside runs to `limit` (the sentence's end or the next cue),
 * at most a comma before it: nothing of the content follows it.
 */
export function closingAside(text: string, i: number, limit: number): boolean {
  const following = foldForCompare(text.slice(i + 1, i + 24));
  if (!OCCASION_NOUN.test(following)) return false;
  const rest = text.slice(i + 1, limit);
  const comma = rest.search(/[،,]/u);
  return comma < 0 || /^[،,][\s\u00A0]*$/u.test(rest.slice(comma));
}

/** The words of the statement's occasion after the content (`tail[0]` the comma); the index of its second word or -1. */
export function occasionAfterContent(tail: Token[]): number {
  const first = tail[1]?.text ?? "";
  if (/^(?:خلال|أثناء|اثناء|في)$/u.test(first)) return 2;
  // «، بحسب ما أفاد به في مؤتمر صحفي مساء الأربعاء», «، وفق ما قاله لـ"…" في وقت سابق اليوم»
  if (/^و?(?:بحسب|حسب|وفق|وفقا)$/u.test(first) && /^(?:ما|لما)$/u.test(tail[2]?.text ?? "")) return 3;
  return -1;
}

/** «اليوم» as a day: not «اليوم العالمي» (a word after it), unless that is a weekday («اليوم الخميس»). */
export function todayAt(tail: Token[], k: number, weekdays: Set<string>): boolean {
  if (foldWord((tail[k] as Token).text) !== foldWord("اليوم")) return false;
  const next = tail[k + 1];
  return !next?.word || weekdays.has(foldWord(next.text));
}

/**
 * «وطالب X في حديثه لـ"الانتباهة" مساء أمس، الدولة بـ…»: the same occasion between the subject and the
 * verb's object, closed by a comma with none before it; returns where the object starts, else `from`.
 */
export function pastOccasionBeforeObject(text: string, from: number, limit: number): number {
  const head = text.slice(from, Math.min(limit, from + 90));
  const lead = /^[\s\u00A0]*/u.exec(head)?.[0].length ?? 0;
  if (!head.startsWith("في", lead) || !OCCASION_NOUN.test(foldForCompare(head.slice(lead, lead + 24))))
    return from;
  const comma = head.search(/[،,]/u);
  if (comma < 0) return from;
  const aside = head.slice(lead, comma);
  if (/[:؛.]|(?:^|[\s\u00A0])ب?[أإا]ن(?:ه|ها|هم)?(?=[\s\u00A0«"“]|$)/u.test(aside)) return from;
  const rest = /^[،,][\s\u00A0]*/u.exec(head.slice(comma))?.[0].length ?? 1;
  return from + comma + rest < limit ? from + comma + rest : from;
}
