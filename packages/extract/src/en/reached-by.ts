// "Residents interviewed on Friday said", "Analysts polled by Reuters expect": the people asked, then how.
import { lowerOf as lower, type Token } from "../text/tokens.ts";
import type { SourceSpan } from "./source.ts";

const ASKED =
  "interviewed contacted reached polled surveyed questioned consulted canvassed approached briefed";
const ASKED_PARTICIPLES = new Set(ASKED.split(" "));
/** The participle and what follows it in a mention ("Residents interviewed on Friday"): the head is before it. */
export const ASKED_AFTER_HEAD = new RegExp(`\\s+(?:${ASKED.replaceAll(" ", "|")})(?:\\s|$)`);
/** "-ed" before a space or the end: every participle of ASKED_AFTER_HEAD ends so (a quick test before it). */
export const ED_BEFORE_SPACE = /ed(?:\s|$)/;
const LINKS = new Set(["by", "on", "at", "in", "for", "from", "after", "over"]);

/**
 * The people asked before a verb, their participle phrase included, when `toks` (nearest first, past any time
 * words of `nearestFirst`) opens with "<participle> [<link> up to four words]"; `read` reads the phrase before.
 */
export function askedPeople(
  nearestFirst: Token[],
  toks: Token[],
  read: (nearestFirst: Token[]) => SourceSpan | null,
): SourceSpan | null {
  for (let p = 0; p < 6; p++) {
    const t = toks[p];
    if (!t?.word) return null;
    if (!ASKED_PARTICIPLES.has(lower(t))) continue;
    if (p > 0 && !LINKS.has(lower(toks[p - 1] as Token))) return null;
    const people = read(toks.slice(p + 1));
    return people && !people.pronoun ? { ...people, end: (nearestFirst[0] as Token).end } : null;
  }
  return null;
}

/** Whether toks[i] (nearest first) is an "-ing" participle right after a lowercase head noun ("agency overseeing"). */
export function participleAfterHead(toks: Token[], i: number): boolean {
  const t = toks[i];
  const head = toks[i + 1];
  return (
    !!t?.word &&
    /^[a-z]{3,}ing$/.test(t.text) &&
    !!head?.word &&
    /^[a-z]+$/.test(head.text) &&
    !NOT_HEADS.has(head.text)
  );
}
/** Words before an "-ing" form that are no noun it could modify ("is seeking", "after hearing", "by saying"). */
const NOT_HEADS = new Set(
  "is are was were be been being am has have had do does did will would can could should may might must not also still just then and or but by after before while when for of in on at to from with without about".split(
    " ",
  ),
);
