// "According to a report by the Utilities Corporation (UC) tabled with the bill, …": what was done with the
// document after its author is named ("tabled with", "seen by") is no part of the source, whose author then speaks
// for it (as in "according to a report by the Utilities Corporation, …"). ("a study by Dutch researchers published on
// Monday in the journal X" stays whole: its publication is part of the reference, and the study speaks.)

/** A document by its author, then a participle of what became of it. */
const AUTHORED_THEN_HANDLED =
  /^(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:report|study|survey|review|audit|analysis|assessment|paper|memo|note|letter|document|submission|statement|notice|circular)\s+by\s+\S.*?(?=\s+(?:tabled|presented|seen|obtained|submitted|filed|sent|circulated|laid|shared|made\s+public)\s+(?:to|with|in|by|before|at|on|last|this|earlier|yesterday|during)\b)/i;

const RELATIVE = /\b(?:whose|which|that|who|where|was|were|is|are)\b/i;

/** Where an "according to" source ends once a trailing participle phrase is left out (`end` if none). */
export function authoredSourceEnd(text: string, start: number, end: number): number {
  const mention = text.slice(start, end);
  if (!mention.includes(" by ")) return end;
  const m = AUTHORED_THEN_HANDLED.exec(mention);
  // (not "a survey by X whose findings were presented in …": the participle of a relative clause, left whole)
  if (!m || RELATIVE.test(m[0].slice(m[0].indexOf(" by ")))) return end;
  return start + m[0].length;
}
