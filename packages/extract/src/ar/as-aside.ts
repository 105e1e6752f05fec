// «فيرى أن نقل السوق …، كما يقترح بعض التجار، "يعني خسارة"»: «كما» + a verb and its subject between commas,
// inside a clause the speaker is still saying, names who proposed the thing spoken of, not a claim of its own.
import { seatless } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import type { Cue } from "./cue-finder.ts";

/** «، كما», «، وكما» right before the verb. */
const COMMA_AS = /[،,][\s\u00A0]*و?كما[\s\u00A0]+$/u;
/** A complementizer opening the clause the aside interrupts. */
const CLAUSE_OPEN = seatless(/(?:^|[\s\u00A0])(?:أن|إن|بأن)\u0651?[\s\u00A0]/u);
/**
 * The aside's subject (one to five words) and the comma closing it, then the clause's predicate: a quotation or
 * a word with neither the article nor «و» (not an apposition on the subject: «، الباحثة في …», «، وهو …»).
 */
const SUBJECT_THEN_COMMA =
  /^(?:[\s\u00A0]+[^\s\u00A0،,.:؛"«»“”]+){1,5}[\s\u00A0]*[،,][\s\u00A0]*(?:["«“]|(?!ال|و)[\p{L}])/u;

/** Whether verb cue c is an «as X proposes» aside inside a content clause of sentence s. */
export function asAsideInClause(text: string, s: Sentence, c: Cue): boolean {
  const before = text.slice(s.start, c.verbStart);
  const as = COMMA_AS.exec(before);
  if (!as || !CLAUSE_OPEN.test(before.slice(0, as.index))) return false;
  return SUBJECT_THEN_COMMA.test(text.slice(c.end, s.end));
}
