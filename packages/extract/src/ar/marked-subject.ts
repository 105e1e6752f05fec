// «مرضى الكلى على حافة الخطر.. و"الصحة" تحذر من …»: a short name in quotation marks standing before the verb
// that opens its clause (headlines, Palestinian and Gulf press) is the verb's subject, without its marks.
import type { Sentence } from "../text/segment.ts";
import type { Cue } from "./cue-finder.ts";
import { readSubject, type SpanPair } from "./subject.ts";

/** «و"الصحة"», «"حماس"»: one to three words in quotation marks, all that stands between a joint and the verb. */
const MARKED_NAME =
  /(?:^|[.…،,:؛;][\s\u00A0]*)[وف]?["«“]([\p{L}\p{M}]+(?:[\s\u00A0]+[\p{L}\p{M}]+){0,2})["»”][\s\u00A0]*$/u;

/** The name inside the marks when it reads as a subject on its own (a body, a title, a name met before). */
export function markedSubject(text: string, s: Sentence, cue: Cue, knownNames: Set<string>): SpanPair | null {
  if (cue.verbStart > cue.start) return null;
  const lead = text.slice(Math.max(s.start, cue.start - 60), cue.start);
  const m = MARKED_NAME.exec(lead);
  if (!m?.[1]) return null;
  const start = cue.start - lead.length + m.index + m[0].indexOf(m[1]);
  const end = start + m[1].length;
  const read = readSubject(text, start, end, knownNames);
  return read?.start === start && read.end === end ? read : null;
}
