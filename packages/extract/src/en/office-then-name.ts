/**
 * "The Dzongkhag Education Officer (DEO), Pema Lhendup", "Samtse Dzongdag, Dasho Ugyen Penjor": an office before
 * the comma and the person who holds it after, where the office's words are unknown to the title lists.
 */
import type { MentionParse } from "../speakers.ts";
import { abbreviation, bareWord, HONORIFICS, TITLE_HEADS } from "./person-words.ts";

/** Heads that end an office and never a family name ("Judge", "Justice", "Coach" are both). */
const OFFICE_END =
  /^(?:Officer|Director|Manager|Commissioner|Coordinator|Co-ordinator|Secretary|Administrator|Superintendent|Chairman|Chairwoman|Chairperson|Spokesperson|Spokesman|Spokeswoman|Registrar|Controller|Supervisor)$/;

/** "Chief Executive Officer", "Dzongkhag Education Officer": a name ending in an office's head, held by a person. */
export const endsInOffice = (name: string): boolean => OFFICE_END.test(name.slice(name.lastIndexOf(" ") + 1));

/** "Dzongkhag Education Officer", "District Planning Officer": a capitalised run ending in an office head. */
export function officeRun(head: MentionParse): boolean {
  const name = head.name;
  if (!name || head.pronoun) return false;
  const words = name.split(" ");
  return (
    words.length >= 2 &&
    words.length <= 5 &&
    OFFICE_END.test(words[words.length - 1] as string) &&
    words.every((w) => /^\p{Lu}/u.test(w))
  );
}

/** A style that stands before a name only ("Dasho", "Mr", "Dr.", "Hon.", "Alhaji"). */
const isStyle = (w: string): boolean => {
  const bare = bareWord(w);
  return HONORIFICS.has(bare) || abbreviation(bare) !== undefined || TITLE_HEADS.has(w);
};

/**
 * "Dasho Ugyen Penjor" after "Samtse Dzongdag,": the description is only a style and the full name, so it is the
 * person, and the capitalised words before the comma are their office.
 */
export function styledNameAfter(description: string, tail: MentionParse): boolean {
  const name = tail.name;
  if (!name || tail.pronoun || tail.kind !== "person" || !name.includes(" ")) return false;
  if (!description.endsWith(name)) return false;
  const styles = description.slice(0, -name.length).trim().split(/\s+/);
  return styles.length >= 1 && styles.length <= 2 && styles[0] !== "" && styles.every(isStyle);
}
