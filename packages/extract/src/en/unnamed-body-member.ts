import type { SourceSpan } from "./source.ts";

/** "a senior official at", "one employee of": a person noun and its link to a body. */
const MEMBER_BEFORE =
  /(?:^|[\s\u00A0])((?:an?|one|another)[\s\u00A0]+(?:[a-z-]+[\s\u00A0]+){0,2}(?:official|officer|source|employee|worker|member|staffer|engineer|doctor|nurse|teacher|manager|spokes(?:man|woman|person)|executive|insider|lawyer|researcher)[\s\u00A0]+(?:at|of|in|from|with|inside)[\s\u00A0]+)$/i;

/**
 * "A senior official at a ministry, who asked not to be identified, said": a body named only by its kind
 * ("a ministry") does not speak; the person described at it does, description and all.
 */
export function withUnnamedBodyMember(
  text: string,
  floor: number,
  subject: SourceSpan | null,
): SourceSpan | null {
  if (
    !subject ||
    subject.pronoun ||
    !/^an?[\s\u00A0]+[a-z]/.test(text.slice(subject.start, subject.start + 20))
  )
    return subject;
  const m = MEMBER_BEFORE.exec(text.slice(Math.max(floor, subject.start - 80), subject.start));
  return m ? { ...subject, start: subject.start - (m[1] as string).length } : subject;
}
