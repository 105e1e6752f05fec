// «غير أن مصدرا من مركز الأورام، فضل عدم ذكر اسمه، أكد لـ"النهار" أن …»: an unnamed source opening its clause
// (after «غير أن», «لكن» or at the sentence's start), then its request for anonymity between commas, then the
// verb. The source, not the speaker before, says it.
import type { Sentence } from "../text/segment.ts";
import { ANONYMITY } from "./anonymity.ts";
import type { Cue } from "./cue-finder.ts";
import { CONTRAST_LEAD } from "./owner.ts";
import { readSubject, type SpanPair } from "./subject.ts";

/** «، فضل عدم ذكر اسمه، » right before the verb: the request for anonymity between commas. */
const REQUEST_BEFORE_VERB = new RegExp(
  `[،,](?<request>${ANONYMITY.source})[\\s\\u00A0]*[،,][\\s\\u00A0]*$`,
  "u",
);

/** The source before a request for anonymity that stands between it and the verb of `cue`, or null. */
export function sourceBeforeAnonymity(text: string, s: Sentence, cue: Cue): SpanPair | null {
  if (cue.verbStart > cue.start) return null;
  const lead = text.slice(s.start, cue.start);
  // (every request ends in «اسم…» or «هوي…» before the comma right before the verb)
  if (!/[،,][\s\u00A0]*$/u.test(lead) || !/اسم|هوي/u.test(lead)) return null;
  const request = REQUEST_BEFORE_VERB.exec(lead);
  if (!request) return null;
  const before = lead.slice(0, request.index);
  // the clause opens the sentence, or follows a comma with «غير أن», «لكن»
  const clause = /(?:^|[،,])[\s\u00A0]*([^،,]*)$/u.exec(before);
  const opening = clause?.[1] ?? "";
  const contrast = CONTRAST_LEAD.exec(opening);
  if (clause?.index !== 0 && !contrast) return null;
  const start = s.start + before.length - opening.length + (contrast?.[0].length ?? 0);
  const end = s.start + before.trimEnd().length;
  // (the words up to the request are all the source's: «مصدرا من مركز مكافحة السرطان بوهران»)
  const read = readSubject(text, start, end, new Set());
  const words = text.slice(start, end).split(/[\s\u00A0]+/u).length;
  return read?.start === start && words <= 10 && !/["«»“”:]/u.test(text.slice(start, end))
    ? { start, end }
    : null;
}
