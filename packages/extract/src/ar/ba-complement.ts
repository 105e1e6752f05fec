// «وصرح رئيس جماعة باب تازة حميد البقالي، لـ"…"، بأن …»: the verb's «بـ» is taken by the «بأن» after the subject.
import type { Token } from "../text/tokens.ts";

/** Words (at most six), then «بأن» right after them or after one aside between commas. */
const CLOSED_BY_BA_ANNA =
  /^(?:[\p{L}\p{M}]+[\s\u00A0]+){0,5}[\p{L}\p{M}]+[\s\u00A0]*(?:،[^،.!?؟:\n]{1,80}،[\s\u00A0]*)?بأن(?:ه|ها|هم|هما)?(?![\p{L}\p{M}])/u;

/**
 * A «بأن» closes the words from token `i`: the verb that takes «بـ» has its complement there, so a ب-word
 * at `i` is more of the subject, not the verb's object.
 */
export const baTakenByComplement = (text: string, toks: Token[], i: number): boolean =>
  !!toks[i]?.word &&
  CLOSED_BY_BA_ANNA.test(text.slice((toks[i] as Token).start, (toks[i] as Token).start + 200));
