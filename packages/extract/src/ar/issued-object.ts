// «وأصدرت نقابة الأطباء بيانا أمس.»: the document a body issued, in the accusative, is the verb's object.

import { foldWord, SOURCE_NOUNS, STATEMENT_NOUNS } from "./lexicon.ts";
import type { SpanPair } from "./subject.ts";

/** «بيانا», «تقريرا», «تصريحا»: a statement or document in the accusative, never a word of a name. */
const ISSUED_OBJECT = /[\s\u00A0]+([\p{L}\p{M}]+)ا$/u;

/** The subject without a last word that is the document it issued (the span unchanged otherwise). */
export function withoutIssuedObject(text: string, read: SpanPair): SpanPair {
  const m = ISSUED_OBJECT.exec(text.slice(read.start, read.end));
  const noun = m?.[1] ? foldWord(m[1]) : "";
  if (!m || !(STATEMENT_NOUNS.has(noun) || SOURCE_NOUNS.has(noun))) return read;
  return { start: read.start, end: read.start + m.index };
}
