/**
 * Marks inside a capitalised run of a name, met outside any claim: a middle initial ("Chief Magistrate Lorraine
 * T. Sears-Wilson"), a style's full stop ("Commissioner Mr. Bernard Hamoonga"), a quoted nickname ("Bernard ‘BJ’
 * Hamoonga", "Joseph “Joe” Meade").
 */
import { capitalRunAfter } from "../text/capitals.ts";
import { isJsSpace } from "../text/chars.ts";
import { throughParticles } from "./particle-names.ts";

const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
const STYLES = new Set(["Mr", "Mrs", "Ms", "Dr", "Prof", "Hon", "Rev"]);
/** " ‘BJ’ ", " “Joe” ": a nickname of one or two capitalised words in quotation marks, then a capital. */
const NICKNAME = /^[^\S\n]+[‘“](\p{Lu}[\p{L}.-]*(?:[^\S\n]\p{Lu}[\p{L}.-]*)?)[’”](?=[^\S\n]+\p{Lu})/u;

/** The end of a capitalised run at `end` carried on through such marks and the name words after them. */
export function throughNameMarks(text: string, end: number, to: number): number {
  for (let k = 0; k < 3; k++) {
    const next = pastFullStop(text, end, to) ?? pastNickname(text, end, to);
    if (next === null || next <= end) return end;
    end = next;
  }
  return end;
}

function pastFullStop(text: string, end: number, to: number): number | null {
  if (text.charCodeAt(end) !== 46 || !isJsSpace(text.charCodeAt(end + 1))) return null;
  const wordStart = text.lastIndexOf(" ", end - 1) + 1;
  const word = text.slice(wordStart, end);
  const initial = word.length === 1 && isUpperAscii(word.charCodeAt(0)) && word !== "I";
  // ("Dennis K. ole Sankale", "Prof. Theophilus M. wa Kariuki": an initial, then a particle's family name)
  if (!isUpperAscii(text.charCodeAt(end + 2))) {
    if (!initial) return null;
    const particle = throughParticles(text, end + 1, to);
    return particle > end + 1 ? particle : null;
  }
  if (!initial && !STYLES.has(word)) return null;
  const after = capitalRunAfter(text, end + 1, to);
  // (an initial before a family name, not before a sentence's first word: one word that no other follows)
  if (initial && (after <= end + 3 || text.slice(end + 2, after).includes(" "))) return null;
  return after;
}

function pastNickname(text: string, end: number, to: number): number | null {
  const c = text.charCodeAt(end + 1);
  if (c !== 0x2018 && c !== 0x201c) return null;
  const m = NICKNAME.exec(text.slice(end, to));
  return m ? capitalRunAfter(text, end + m[0].length, to) : null;
}
