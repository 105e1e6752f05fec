/** The occasions an English story's statements are made at (briefings, hearings, matches …) and the days it gives them. */
import { type DateMention, findDates } from "../dates.ts";
import type { Sentence } from "../text/segment.ts";

/**
 * Kinds of occasion a story's statements are made at; the words of one kind name the same occasion (an
 * inquiry, a trial or a tribunal sits for weeks: no one day of theirs is the occasion's).
 */
const OCCASION_KIND_WORDS: [string, string][] = [
  ["match", "match|game|play|final|semi-?final|race|fight|bout|derby|innings|round"],
  ["briefing", "briefing|(?:press|news|media)\\s+conference|announcement|launch"],
  // (a parliament's chamber named for its sitting: "Speaking in the National Assembly on Tuesday", then "in the
  // same session")
  ["hearing", "hearing|session|sitting|committee|parliament|national\\s+assembly|senate"],
  ["meeting", "meeting|summit|talks"],
  ["rally", "rally|event|town\\s+hall"],
  ["debate", "debate|vote"],
  ["paper", "preprint|paper|study|(?:posted|published|released)\\s+(?:\\w+\\s+)?results"],
];
const OCCASION_KINDS: [string, RegExp][] = OCCASION_KIND_WORDS.map(([kind, words]) => [
  kind,
  new RegExp(`^(?:${words})$`, "i"),
]);
/** Any occasion's word, of every kind. */
const OCCASION_NOUN = OCCASION_KIND_WORDS.map(([, words]) => words).join("|");
const OCCASION_WORD = new RegExp(`\\b(?:${OCCASION_NOUN})\\b`, "gi");
/** "At the same briefing", "said after play", "told the committee", "during the hearing". */
export const TIE_TO_OCCASION = new RegExp(
  `\\b(?:(?:at|after|during|following|outside|before)\\s+(?:the\\s+)?(?:same\\s+)?|told\\s+the\\s+|in\\s+(?:its|their|his|her|the)\\s+(?:same\\s+)?)(${OCCASION_NOUN})\\b`,
  "i",
);
export const occasionKind = (noun: string): string | null =>
  OCCASION_KINDS.find(([, re]) => re.test(noun.replace(/\s+/g, " ")))?.[0] ?? null;

export interface OccasionDay {
  kind: string;
  pos: number;
  day: DateMention;
}
export const posOf = (o: OccasionDay): number => o.pos;

/**
 * Occasions the article gives a day ("at a briefing on Monday", "Tuesday's hearing", "won the match
 * yesterday"): an occasion word and a resolved day within 40 characters of it in one sentence.
 */
export function occasionDays(
  text: string,
  sentences: Sentence[],
  pub: Date | null,
): Map<string, OccasionDay[]> {
  const out = new Map<string, OccasionDay[]>();
  for (const s of sentences) {
    const slice = text.slice(s.start, s.end);
    OCCASION_WORD.lastIndex = 0;
    let m = OCCASION_WORD.exec(slice);
    if (!m) continue;
    // ("last week" is no one occasion's day: its date is null)
    const days = findDates(text, "en", s.start, s.end, pub).filter((x) => x.date);
    for (; m && days.length; m = OCCASION_WORD.exec(slice)) {
      const kind = occasionKind(m[0]);
      const at = s.start + m.index;
      const end = at + m[0].length;
      let near: DateMention | null = null;
      let best = 41;
      for (const d of days) {
        const gap = Math.max(d.start - end, at - d.end);
        if (gap < best) [near, best] = [d, gap];
      }
      if (!kind || !near) continue;
      const list = out.get(kind);
      if (list) list.push({ kind, pos: at, day: near });
      else out.set(kind, [{ kind, pos: at, day: near }]);
    }
  }
  return out;
}

/**
 * "At the same meeting" after "presented the plan to the committee on November 2": "same" points back to an
 * occasion the article dated, whatever word it used for it; the latest one of any kind before `pos`, or null.
 */
export function latestOccasionBefore(occasions: Map<string, OccasionDay[]>, pos: number): OccasionDay | null {
  let best: OccasionDay | null = null;
  for (const list of occasions.values())
    for (const o of list) if (o.pos < pos && (!best || o.pos > best.pos)) best = o;
  return best;
}
