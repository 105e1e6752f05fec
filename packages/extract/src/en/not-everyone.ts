// "Not everyone at the meeting was convinced the plan would work.", "Not all residents were happy …": an attitude of
// a crowd no one speaks for, a sentence of mood; it reports nobody's words ("Not everyone agrees that …" still does).

const NOT_EVERYONE = /^(?:(?:but|and|yet|still)[\s\u00A0,]+)?not[\s\u00A0]+(?:everyone|everybody|all)\b/i;

/** The sentence opens with "Not everyone", "Not all …" ahead of the cue. */
export function notEveryoneBefore(text: string, sentenceStart: number, cueStart: number): boolean {
  return NOT_EVERYONE.test(text.slice(sentenceStart, cueStart));
}
