import type { Sentence } from "../text/segment.ts";
import { VERB_FORMS } from "./lexicon.ts";

/** A short speaker line: a name or pronoun and a reporting verb, either way round ("Vitter demanded.", "asked Cole."). */
const NAME = String.raw`(?:[Hh]e|[Ss]he|[Tt]hey|\p{Lu}[\p{L}.’'-]*(?:[ \u00A0]+\p{Lu}[\p{L}.’'-]*){0,3})`;
const SPEAKER_LINE = new RegExp(
  String.raw`^[\s\u00A0]*(?:${NAME}[ \u00A0]+(\p{Ll}+)|(\p{Ll}+)[ \u00A0]+${NAME})[\s\u00A0]*[.!]?[\s\u00A0]*$`,
  "u",
);

/**
 * «“B,” he said.» then «“Why …?” Vitter demanded.»: a quotation that closes its own sentence with "?" or "!" and is
 * followed, in its paragraph, by a short line naming its speaker belongs to that speaker, not to the claim before.
 */
export function quoteHasOwnSpeakerLine(text: string, sentences: Sentence[], k: number): boolean {
  const quoteSentence = sentences[k];
  const line = sentences[k + 1];
  if (!quoteSentence || !line || line.para !== quoteSentence.para) return false;
  const m = SPEAKER_LINE.exec(text.slice(line.start, line.end));
  const verb = m?.[1] ?? m?.[2];
  return !!verb && VERB_FORMS.has(verb) && !VERB_FORMS.get(verb)?.participle;
}
