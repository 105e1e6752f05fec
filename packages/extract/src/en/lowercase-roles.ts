/**
 * "arraigned before magistrate Rachel Caruana Montebello", "held before coroner Peter Haines", "prosecutor
 * Helen Ashdown KC told jurors": court reporting puts a lowercase role right before a name. Read with the name, it
 * becomes the title that a later "the magistrate said" or "the lawyer added" finds.
 */
const ROLE_BEFORE_NAME =
  /(?<![\p{L}\p{N}-])(?:magistrate|judge|coroner|prosecutor|lawyer|barrister|solicitor|attorney|inspector|detective|coach)\s$/u;

/** Where a lowercase role right before `start` (a name's first letter) begins, or `start`. */
export function lowercaseRoleStart(text: string, start: number, lineStart: number): number {
  const from = Math.max(lineStart, start - 12);
  const m = ROLE_BEFORE_NAME.exec(text.slice(from, start));
  if (!m) return start;
  const role = from + m.index;
  // (not "Clinton's lawyer Cheryl Mills", "Trump lawyer Marc Kasowitz": a role someone else owns, which a
  // later "his lawyer" need not be)
  const before = /(\S+)\s+$/.exec(text.slice(Math.max(lineStart, role - 30), role));
  if (before && (/^\p{Lu}/u.test(before[1] as string) || /[’']s?$/.test(before[1] as string))) return start;
  return role;
}
