// "Taxi driver X, who queued … last week, told …": a time inside the speaker's relative clause.

/** ", who", ", which", ", whose": a relative clause opening after the speaker's name. */
const RELATIVE_OPENING = /,\s+(?:who|whom|whose|which)\s/;

/**
 * The time words at [start, end) lie in a relative clause of the speaker's mention (opened by ", who" after
 * `from` and closed by a comma before the cue at `cueStart`): they date what the speaker did, not the words.
 */
export function inSpeakerRelative(
  text: string,
  from: number,
  start: number,
  end: number,
  cueStart: number,
): boolean {
  if (end > cueStart || start < from) return false;
  const before = text.slice(from, start);
  if (!before.includes(", wh")) return false;
  const opened = RELATIVE_OPENING.exec(before);
  if (!opened || before.slice(opened.index + 1).includes(",")) return false;
  return text.slice(end, cueStart).includes(",");
}
