/**
 * Questioning a person, no claim: "MPs questioned the Minister of Works over the delays", "Detectives questioned
 * him about the fire". The object is someone asked, "over"/"about" the matter; what was asked is not given.
 * ("questioned whether …", "questioned the wisdom of …", "questioned the decision" stay: doubts voiced.)
 */
import { TITLE_HEADS } from "./person-words.ts";

const ASKED_PERSON =
  /^(?:(?:him|her|them|me|us)\s+|(?:the|a|an|two|three|several|senior|top)\s+(?:[\p{L}’'.,-]+\s+){0,9}?)(?:over|about|regarding|on)\s/iu;
const PEOPLE =
  /^(?:suspects?|witness(?:es)?|officials?|officers?|police|executives?|bosses|nominees?|candidates?|applicants?|managers?|leaders?|staff|ministers?|him|her|them|me|us)$/i;

export function questionedPerson(base: string, content: string): boolean {
  if (base !== "question") return false;
  const m = ASKED_PERSON.exec(content);
  if (!m) return false;
  // the person among the words before "over": a role noun or a capitalised title ("the Minister of …")
  const words = m[0].split(/[\s,]+/).slice(0, -2);
  return words.some((w) => PEOPLE.test(w) || TITLE_HEADS.has(w));
}
