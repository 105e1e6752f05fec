// «وأوضح "العبدالعالي" خلال المؤتمر …، أن …»: Saudi papers put a speaker's surname, met before, in quotation
// marks when it comes back; it is the verb's subject, not the start of the content.
import type { Token } from "../text/tokens.ts";
import { foldWord } from "./lexicon.ts";
import { bare, CLOSING_QUOTE, COMMA, OPENING_QUOTE } from "./phrase.ts";

/** «خلال», «في», «أمس», «لـ»: what may follow a subject before its complementizer. */
const AFTER_NAME = /^(?:في|عبر|خلال|أثناء|أمس|اليوم|أيضا|كذلك|ل|ل\p{L}{2,})$/u;

/** The tokens of a quoted name already met, right after the verb, through its closing mark (0 if none). */
export function quotedKnownNameEnd(toks: Token[], knownNames: Set<string>): number {
  const [open, name, close, next] = toks;
  if (!open || !OPENING_QUOTE.test(open.text) || !close || !CLOSING_QUOTE.test(close.text)) return 0;
  if (!name?.word || !knownNames.has(foldWord(name.text)) || !next) return 0;
  return COMMA.test(next.text) || next.text === ":" || (next.word && AFTER_NAME.test(bare(next))) ? 3 : 0;
}
