/**
 * "the transfers had been made according to the approved scheme", "went according to plan": "according to" as "in
 * line with" a rule or a plan, after the verb it qualifies — no source. (A sentence opening "According to the
 * plan, …" is a document speaking, and stays a claim.)
 */
const RULE_SOURCE =
  /^(?:plan|schedule|law|procedure|merit|seniority|need|needs|(?:the|an?|its|their|his|her|our)\s+(?:[\w-]+\s+){0,2}(?:scheme|rules?|laws?|regulations?|procedures?|guidelines?|criteria|formula|policy|constitution|schedule|timetable|standards?|protocols?|plan|programme|program|terms|manual|circular|act))$/i;
/** The word just before "according to" is a verb form or an adverb of the clause it qualifies. */
const AFTER_VERB =
  /\b(?:\w+ed|made|done|paid|held|run|drawn|chosen|given|taken|set|built|spent|went|go|goes|going|gone|out|up|strictly|exactly|only|not)\s*$/i;

export function inAccordanceWith(text: string, cueStart: number, source: [number, number]): boolean {
  const said = text.slice(source[0], source[1]);
  if (!RULE_SOURCE.test(said)) return false;
  return AFTER_VERB.test(text.slice(Math.max(0, cueStart - 30), cueStart));
}

/** "according to" at `at` (before `end`) is "in line with" a rule: its source runs to the next comma or stop. */
export function accordanceAt(text: string, at: number, end: number): boolean {
  const from = at + "according to ".length;
  const stop = /[,;.!?]|$/.exec(text.slice(from, end));
  const to = from + (stop ? stop.index : 0);
  return to > from && inAccordanceWith(text, at, [from, to]);
}
