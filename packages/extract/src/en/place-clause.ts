/**
 * "…, said most of the victims were young jobseekers.": the words read as where a source sits ("of the
 * victims …"), or as the source itself, run on into a finite verb with no relative pronoun before it, so they
 * are the start of the reported clause (not "said one official who was at the meeting").
 */
const FINITE =
  /^(?:(?!\b(?:who|whom|whose|which|that)\b)[^,;:])*?[\s\u00A0](?:is|are|was|were|has|have|had|would|will|could|should|might|must)[\s\u00A0]/;

export const placeRunsIntoClause = (words: string): boolean => FINITE.test(words);
