// "For Jude Labiche, who …, the figures confirm what he has seen": the writer gives a person's view.
import { EVIDENCE_NOUN } from "./evidence.ts";

/** "For" and a capitalised name opening the sentence, then whatever, then the comma before the subject. */
const FOR_PERSON = /^For\s+\p{Lu}[^,]*,(?:[^,]*,)?\s*$/u;

/**
 * The sentence opens with "For <Name>, [relative clause,]" and its subject is figures or a document ("the
 * figures", "the survey"): the writer tells what they mean to that person, no one speaks.
 */
export function viewOfFrontedPerson(
  text: string,
  sentenceStart: number,
  subject: { start: number; end: number },
): boolean {
  if (text.charCodeAt(sentenceStart) !== 70 || subject.start - sentenceStart > 200) return false;
  return (
    FOR_PERSON.test(text.slice(sentenceStart, subject.start)) &&
    EVIDENCE_NOUN.test(text.slice(subject.start, subject.end))
  );
}
