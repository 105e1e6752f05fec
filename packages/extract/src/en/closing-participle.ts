import { EN_WEEKDAY_ALTERNATION } from "../dates.ts";
import { HEARER_VERBS, VERB_FORMS } from "./lexicon.ts";

/** After a reporting verb and its time or place at most: a comma and an "-ing" word. */
const PARTICIPLE_AFTER_ADJUNCT = new RegExp(
  `^(?:[\\s\\u00A0]+(?:(?:in|on|at|during|after|before|last|this|earlier|late|early)\\b[^,.;:“”"]{0,50}|(?:${EN_WEEKDAY_ALTERNATION}|yesterday|today|tonight)))?,[\\s\\u00A0]+([a-z]+ing)\\b`,
);
/** The same after the hearer of "told" ("told reporters", "told the crowd", "told AFP", "told the Daily Nation"). */
const PARTICIPLE_AFTER_HEARER =
  /^[\s\u00A0]+(?:reporters|journalists|(?:the|a)[\s\u00A0]+[a-z]+(?:[\s\u00A0]+[a-z]+)?|(?:the[\s\u00A0]+)?[A-Z][A-Za-z.’'&-]*(?:[\s\u00A0]+[A-Z][A-Za-z.’'&-]*){0,3}),[\s\u00A0]+([a-z]+ing)\b/;

/** Participles that only say what the speaker's words were about ("…, she said, referring to the levy"). */
const POINTING_PARTICIPLES = new Set(["referring", "referencing", "alluding", "gesturing"]);

/**
 * "…, the carrier said on Tuesday, blaming fuel costs", "…, Reis told the crowd, adding that …": the verb at
 * `cueEnd` (of base form `base`) is followed by the speaker's own reporting (or pointing) participle, so the
 * reporting clause closes the content before it. (Not a gerund that goes on with the content: "Though it was
 * modest, she said, replacing the fleet would be costly.")
 */
export function participleFollows(text: string, cueEnd: number, base: string): boolean {
  const after = text.slice(cueEnd, cueEnd + 90);
  const m =
    PARTICIPLE_AFTER_ADJUNCT.exec(after) ??
    (HEARER_VERBS.has(base) ? PARTICIPLE_AFTER_HEARER.exec(after) : null);
  return !!m && (!!VERB_FORMS.get(m[1] as string)?.participle || POINTING_PARTICIPLES.has(m[1] as string));
}

/** After a reporting verb (and its time at most): a comma and how long before or after another event. */
const INTERVAL_AFTER = new RegExp(
  `^(?:[\\s\\u00A0]+(?:on\\s+)?(?:${EN_WEEKDAY_ALTERNATION}|yesterday|today))?,[\\s\\u00A0]+(?:(?:a|an|one|two|three|four|five|six|several|a few|\\d+)[\\s\\u00A0]+(?:hours?|days?|weeks?|months?)|hours|days|weeks|shortly|just|soon)[\\s\\u00A0]+(?:after|before)\\s`,
);

/**
 * "…, South Korea's military said, a day after the allies wrapped up drills": the writer's clause dating the
 * news against another event follows the reporting verb, which closes the content before it.
 */
export const intervalFollows = (text: string, cueEnd: number): boolean =>
  INTERVAL_AFTER.test(text.slice(cueEnd, cueEnd + 60));
