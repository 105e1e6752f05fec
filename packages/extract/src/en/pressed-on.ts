import type { Draft } from "../draft.ts";

/**
 * "The chair pressed Voss on the cost", "pressed her about the delay": questioning someone on a topic is an act;
 * the words after the one pressed are the topic, not anything said.
 */
const PRESS_CUE = /^(?:(?:has|have|had|also|then|later|repeatedly)\s+)*press(?:es|ed|ing)?$/i;
/** The one pressed (a name, a pronoun or a short title) and the preposition of the topic. */
const HEARER_THEN_TOPIC = /^(?:[\p{L}.’'-]+\s+){1,4}?(?:on|about|over)\s/u;

export function pressedOnTopic(text: string, d: Draft): boolean {
  if (!PRESS_CUE.test(text.slice(d.cueStart, d.cueEnd))) return false;
  const content = text.slice(d.contentStart, d.contentEnd);
  return !/[“"‘:]/.test(content) && HEARER_THEN_TOPIC.test(content);
}
