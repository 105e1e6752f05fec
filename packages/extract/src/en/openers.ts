/** The first letters of SUBORDINATOR's words, either case (w a t i b s u o): it need not run on other subjects. */
const SUBORDINATOR_FIRST = new Set([..."watibsuo", ..."WATIBSUO"].map((c) => c.charCodeAt(0)));
export const mayOpenSubordinator = (c: number): boolean => SUBORDINATOR_FIRST.has(c);

/** A sentence opened by a time or place phrase ("During his years in office, Obama said, …"). */
export const LEADING_ADJUNCT =
  /^(?:(?:And|But|So)\s+)?(?:In|On|At|During|After|Before|Since|Over|Throughout|From|Under|Speaking|Asked|Earlier|Later|Last|Previously|When|While|As|Back)\b/;
