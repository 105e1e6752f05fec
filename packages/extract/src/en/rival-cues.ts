// A time word beside another statement's verb in the same sentence is that statement's, not its neighbour's.
import type { DateMention } from "../dates.ts";
import type { Draft } from "../draft.ts";

/** The drafts of each sentence that holds two or more (an English draft's frame is its sentence), by the frame's start. */
export function sentenceRivals(drafts: readonly Draft[]): Map<number, Draft[]> {
  const out = new Map<number, Draft[]>();
  for (const d of drafts) {
    const list = out.get(d.frameStart);
    if (list) list.push(d);
    else out.set(d.frameStart, [d]);
  }
  for (const [k, list] of out) if (list.length < 2) out.delete(k);
  return out;
}

/** One statement's cue inside the other's reported words: a report within a report, no rival. */
const nested = (a: Draft, b: Draft): boolean =>
  (a.cueStart >= b.contentStart && a.cueStart < b.contentEnd) ||
  (b.cueStart >= a.contentStart && b.cueStart < a.contentEnd);

/**
 * The mention is another statement's of the sentence: it comes after a later statement's verb ("X said the
 * design was sound, while Y said on Friday it was not"), after a comma that closed this statement's clause
 * ("Volta said …, and on Tuesday added that …"), or between an earlier statement's verb and its words ("X said on
 * Friday that …, and Y said …"). A time word opening the sentence before every verb ("On Friday, X said …, and Y said
 * …") is no one's in particular.
 */
export function takenByRival(text: string, m: DateMention, d: Draft, rivals: readonly Draft[]): boolean {
  for (const r of rivals) {
    if (r === d || nested(r, d)) continue;
    if (r.cueStart > d.cueStart) {
      if (m.start >= r.cueEnd) return true;
      const closed = Math.max(d.cueEnd, d.contentEnd);
      if (m.start >= closed && m.end <= r.cueStart && /[,;]/.test(text.slice(closed, m.start))) return true;
    } else if (
      m.start >= r.cueEnd &&
      m.end <= d.cueStart &&
      // (between its verb and its words, or right after the verb of "“…,” X said on Friday, and Y said …")
      (m.end <= r.contentStart || (r.contentEnd <= r.cueStart && !/[,;]/.test(text.slice(r.cueEnd, m.start))))
    )
      return true;
  }
  return false;
}
