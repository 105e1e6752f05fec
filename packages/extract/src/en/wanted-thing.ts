import type { Draft } from "../draft.ts";

/**
 * "Herders want a mobile slaughter unit based in Nome", "The board wants the formula to change": wanting a thing
 * (or someone to do something) is a wish, told by the writer; no words are reported.
 */
const WANT_CUE = /^(?:(?:also|still|now|really)\s+)?want(?:s|ed)?$/i;
const THING = /^(?:a|an|the|more|its|their|his|her|our)\s/i;

/** "…, saying he wants a …": the wish is what a verb before it reports, and this draft stands for that report. */
const REPORTED_BEFORE = /\b(?:saying|said|says|say)\s+(?:that\s+)?$/i;

export function wantedThing(text: string, d: Draft): boolean {
  if (!WANT_CUE.test(text.slice(d.cueStart, d.cueEnd))) return false;
  const subject = d.mentionStart >= 0 ? d.mentionStart : d.cueStart;
  if (REPORTED_BEFORE.test(text.slice(Math.max(0, subject - 16), subject))) return false;
  const content = text.slice(d.contentStart, d.contentEnd);
  return !/[“"‘]/.test(content) && THING.test(content);
}
