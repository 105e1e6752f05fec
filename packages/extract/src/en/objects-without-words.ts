/** Objects of a cue verb that carry no one's words: a way found, a thing that "says something about", a tour continued. */

/** "a way to cut costs", "new ways to avoid the levy": a means found, not a finding. */
const WAY_FOUND =
  /^(?:(?:a|an|the|no|new|other|another|several|many|some|creative|novel)[\s\u00A0]+){0,2}ways?\b/i;
/** "find themselves in the thick of it": where someone ends up, not what they found. */
const REFLEXIVE = /^(?:myself|yourself|himself|herself|itself|ourselves|yourselves|themselves)\b/i;
/** "something about the party", "a lot about the courts": what a thing shows of another, no words. */
const SAYS_ABOUT =
  /^(?:something|anything|nothing|much|little|a[\s\u00A0]+lot|a[\s\u00A0]+great[\s\u00A0]+deal|volumes|plenty|more|less)[\s\u00A0]+about\b/i;

/** "will continue to run as normal", "continued to rise": a state or a motion going on, no one's words. */
const STATE_GOING_ON =
  /^to[\s\u00A0]+(?:run|operate|be|remain|rise|fall|grow|flow|fly|sail|stay|exist|function|increase|decline)\b/i;

/**
 * "found a way to cut costs", "says something about the party's priorities", "will continue its bus tour": the
 * object after the verb (no clause, no quote; `opensClause` says whether one opens it) reports nothing.
 */
export function objectWithoutWords(base: string, content: string, opensClause: boolean): boolean {
  // («continued, “For us …”»: a quote after the comma is the words)
  if (opensClause || /^[“"‘']/.test(content)) return false;
  // ("who said and did the same things": a second verb shares the object, none is given)
  if (/^(?:and|or)[\s\u00A0]/i.test(content)) return true;
  if (base === "find") return WAY_FOUND.test(content) || REFLEXIVE.test(content);
  // ("maintains a program in Burma", not "maintained his innocence": a thing kept up)
  if (base === "maintain") return /^an?[\s\u00A0]/i.test(content);
  if (base === "say") return SAYS_ABOUT.test(content);
  // ("continued to insist that …" keeps the report its infinitive makes; "continued: …" opens a clause)
  return base === "continue" && (!/^to[\s\u00A0]/i.test(content) || STATE_GOING_ON.test(content));
}
