import type { Token } from "../text/tokens.ts";

/**
 * Token k ends a clause with a comma: "," itself, or a closing quote right after one (American style puts
 * the comma inside: 'backed the plan “in principle,” arguing that …').
 */
export const commaCloses = (toks: Token[], k: number): boolean =>
  toks[k]?.text === "," || (/^[”"’]$/.test(toks[k]?.text ?? "") && toks[k - 1]?.text === ",");

/** "national plans would …", "the reports will": an -s form right before a modal is a plural noun, no verb. */
export const pluralBeforeModal = (form: string, base: string, next: string): boolean =>
  form !== base && form.endsWith("s") && /^(?:would|will|could|can|should|may|might|must)$/.test(next);
