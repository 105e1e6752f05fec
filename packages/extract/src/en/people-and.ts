import { isPluralPeople } from "./phrase-words.ts";
import type { SourceSpan } from "./source.ts";

/** ", traders and " before the subject: a plural of people (maybe with one modifier) joined by "and". */
const PEOPLE_AND = /,[\s\u00A0]+((?:[a-z]+[\s\u00A0]+)?([a-z]+))[\s\u00A0]+and[\s\u00A0]+$/;

/**
 * "Fuel prices have risen …, traders and drivers say.": two plurals of people joined by "and" after the content's
 * comma are one speaker (the walk from the verb stops at the "and").
 */
export function widenAcrossPeopleAnd(text: string, floor: number, subject: SourceSpan): SourceSpan {
  const said = text.slice(subject.start, subject.end);
  if (!/^[a-z]+$/.test(said) || !isPluralPeople(said)) return subject;
  const before = text.slice(Math.max(floor, subject.start - 40), subject.start);
  const m = PEOPLE_AND.exec(before);
  if (!m || !isPluralPeople(m[2] as string)) return subject;
  return { ...subject, start: subject.start - before.length + m.index + m[0].indexOf(m[1] as string) };
}
