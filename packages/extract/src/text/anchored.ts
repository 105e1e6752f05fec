/**
 * The first match of `re` (global or sticky; its lastIndex is set here) that starts in the run of
 * characters before `anchor` — back while `inRun` holds, never before `floor` — trying only the
 * positions where `mayOpen` holds. Lets a costly expression run next to a cheap anchor ("put it", a
 * cue noun) instead of along the whole text, with the same matches a global scan finds.
 */
export function firstMatchInRunBefore(
  text: string,
  floor: number,
  anchor: number,
  inRun: (text: string, i: number) => boolean,
  mayOpen: (text: string, i: number) => boolean,
  re: RegExp,
): RegExpExecArray | null {
  let runStart = anchor;
  while (runStart > floor && inRun(text, runStart - 1)) runStart--;
  for (let at = runStart; at < anchor; at++) {
    if (!mayOpen(text, at)) continue;
    re.lastIndex = at;
    const found = re.exec(text);
    if (found) return found;
  }
  return null;
}
