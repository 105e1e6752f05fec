/**
 * "…, and when pressed on why the plan leaves out dads, the mother of three replied, “…”": a clause of asking
 * ("when asked …", "after being pressed …") opens the answer that follows its comma. The words said before it end
 * at its "and"/"but", and the answer's speaker does not interrupt them.
 */
const ASKED = String.raw`(?:when|after|once|if)[\s\u00A0]+(?:(?:being|later|again)[\s\u00A0]+)?(?:asked|pressed|questioned|challenged)\b`;
/** ", and when asked …" in a sentence: where the words before it end (at the comma, else the coordinator). */
const AND_WHEN_ASKED = new RegExp(String.raw`,?[\s\u00A0]+(?:and|but)[\s\u00A0]+${ASKED}`, "gi");
export function whenAskedStops(sentence: string): number[] {
  if (!sentence.includes(" asked") && !sentence.includes(" pressed") && !sentence.includes(" questioned"))
    return [];
  const out: number[] = [];
  AND_WHEN_ASKED.lastIndex = 0;
  for (let m = AND_WHEN_ASKED.exec(sentence); m; m = AND_WHEN_ASKED.exec(sentence)) out.push(m.index);
  return out;
}
/** The text before a speaker ends with "(and) when asked …,": the speaker answers, interrupting nothing. */
const ASKED_THEN_COMMA = new RegExp(String.raw`(?:^|[\s\u00A0,])${ASKED}[^,;:“”"]{0,120},$`, "i");
export const answersAfterAsked = (before: string): boolean =>
  (before.includes("asked") ||
    before.includes("pressed") ||
    before.includes("questioned") ||
    before.includes("challenged")) &&
  ASKED_THEN_COMMA.test(before);
