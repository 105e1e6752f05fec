import { type DateMention, findDates } from "../dates.ts";
import type { Draft } from "../draft.ts";

/** A relative pronoun opening a clause about the speaker inside the mention. */
const RELATIVE = /\b(?:who|whose|which)\s/g;
/**
 * "who was speaking at a rally on Sunday", "who addressed the council on Monday", "whose findings were presented
 * on Tuesday": the clause tells of the speaking itself, or of the words coming out.
 */
const SPEAKING =
  /\b(?:speaking|spoke|spoken|addressing|addressed|talking|talked|briefing|briefed|responding|responded|reacting|reacted|commenting|commented|testifying|testified|appearing|appeared|telling|told|said|saying|announcing|announced|presenting|presented|publishing|published|releasing|released|issuing|issued|unveiling|unveiled|tabling|tabled)\b/i;

/**
 * "Mayor X, who toured the site on Monday, told reporters on Wednesday …", "said Y, whose house was flooded
 * last Friday", "The council, which met on Monday, said on Tuesday …": a day inside the speaker's relative clause tells of the speaker, not of the words.
 */
export function inSpeakerClause(text: string, m: DateMention, d: Draft): boolean {
  if (d.mentionStart < 0 || m.start < d.mentionStart || m.end > d.mentionEnd) return false;
  const before = text.slice(d.mentionStart, m.start);
  // cheap test first
  if (!before.includes("who") && !before.includes("which")) return false;
  let last: RegExpExecArray | null = null;
  RELATIVE.lastIndex = 0;
  for (let x = RELATIVE.exec(before); x; x = RELATIVE.exec(before)) last = x;
  if (!last) return false;
  return !SPEAKING.test(before.slice(last.index));
}

/**
 * The speaker's relative clause holds a day ("Resident X, whose house was flooded last Friday, said …"): the
 * writer dates the speaker's deed and gives no day to the words.
 */
export function dayInSpeakerClause(text: string, d: Draft, pub: Date | null): boolean {
  const mention = d.mentionStart < 0 ? "" : text.slice(d.mentionStart, d.mentionEnd);
  if (!mention.includes("who") && !mention.includes("which")) return false;
  return findDates(text, "en", d.mentionStart, d.mentionEnd, pub).some(
    (m) => (m.date !== null || m.range) && inSpeakerClause(text, m, d),
  );
}
