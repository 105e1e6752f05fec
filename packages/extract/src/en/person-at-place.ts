import { INSTITUTION_HEADS } from "./lexicon.ts";
import type { SourceSpan } from "./source.ts";

/** "a cook at", "one nurse in", "another driver from": an unnamed person by trade, then where they work. */
const PERSON_BEFORE =
  /(?:^|[\s\u00A0])((?:an?|one|another)[\s\u00A0]+(?:[a-z-]+[\s\u00A0]+){0,2}(?:cook|nurse|doctor|midwife|teacher|driver|guard|cleaner|porter|clerk|pharmacist|technician|mechanic|farmer|fisherman|trader|vendor|shopkeeper|resident|volunteer|worker|student|pupil|parent|patient|miner|labourer|laborer|caretaker|matron|warden|attendant|paramedic|surgeon|librarian|chef|waiter|waitress)[\s\u00A0]+(?:at|in|from|on|inside)[\s\u00A0]+)$/i;
/** "another school in ", "a clinic at ": a place phrase between the person and the place the walk found. */
const PLACE_BETWEEN =
  /(?:^|[\s\u00A0])((?:an?|the|another)[\s\u00A0]+(?:[a-z-]+[\s\u00A0]+){1,2}(?:in|at|near|outside)[\s\u00A0]+)$/;
/** The walk's subject: a place by its kind only ("the dzongkhag", "the treatment camp", "a school"). */
const PLACE_BY_KIND = /^(?:the|an?|another)[\s\u00A0]+(?:[a-z-]+[\s\u00A0]+){0,2}([a-z-]+)$/;
/** The walk's subject: a town by its name, at most three capitalised words ("Roseau", "St John's"). */
const NAMED_PLACE = /^\p{Lu}[\p{L}’'.-]*(?:[\s\u00A0]+\p{Lu}[\p{L}’'.-]*){0,2}$/u;
/** A preposition of place right before the walk's subject ("… in ", "… near "). */
const PLACE_LINK_BEFORE = /[\s\u00A0](?:in|at|near|outside)[\s\u00A0]+$/;

/**
 * "A cook at another school in the dzongkhag, who did not want to be named, told": the walk stops at the last
 * place, which does not speak; the person described at it does, description and all.
 */
export function withPersonAtPlace(
  text: string,
  floor: number,
  subject: SourceSpan | null,
): SourceSpan | null {
  if (!subject || subject.pronoun) return subject;
  const head = /^[^,]*/.exec(text.slice(subject.start, subject.end))?.[0].trim() ?? "";
  let before = text.slice(Math.max(floor, subject.start - 120), subject.start);
  // ("A teacher at a secondary school in St John's said": the town the walk found, after a place by its kind)
  const town = NAMED_PLACE.test(head) && PLACE_LINK_BEFORE.test(before) && PLACE_BETWEEN.test(before);
  const kind = PLACE_BY_KIND.exec(head)?.[1];
  if (!town && (!kind || INSTITUTION_HEADS.has(kind))) return subject;
  let start = subject.start;
  for (let hops = 0; hops < 3; hops++) {
    const person = PERSON_BEFORE.exec(before);
    if (person) return { ...subject, start: start - (person[1] as string).length };
    const place = PLACE_BETWEEN.exec(before);
    if (!place) return subject;
    const length = (place[1] as string).length;
    start -= length;
    before = before.slice(0, before.length - length);
  }
  return subject;
}
