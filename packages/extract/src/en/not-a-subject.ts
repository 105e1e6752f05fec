/** Words the speaker walk takes for a subject that cannot be the subject of a reporting verb. */
import { VERB_FORMS } from "./lexicon.ts";

/** A subordinator standing alone where the subject should be: "When asked …", "Once told …". */
const REDUCED_CLAUSE = /^(?:when|while|if|once|unless|until|though|although|whether)$/i;
/**
 * Words before an imperative ("Don't blame …", "Now tell me …", "Never say …"), a split infinitive ("was able
 * to quickly tout …") or a participle after its preposition ("clear from publicly disclosed information"): the
 * verb has no subject of its own.
 */
const NO_SUBJECT =
  /^(?:to|from|in|on|at|of|for|with|by|into|despite|amid|now|never|just|please|let[’']s|[a-z]+n[’']t)$/i;
/** "Everything the mayor …", "Nothing she …": a free relative's head before its own subject. */
const FREE_RELATIVE = /^(?:everything|anything|nothing|whatever)[\s\u00A0]+\S/i;

/**
 * "Neither said whether …", "Nobody at the ministry said …", "Neither the union nor the employers said …": a
 * subject that denies anyone spoke (a silence, as "declined to comment" is), or the last member after its "nor".
 */
const NEGATIVE_SUBJECT = /^(?:neither|nobody|no[\s\u00A0]+one|none)\b/i;
const AFTER_NOR = /(?:^|[\s\u00A0])nor[\s\u00A0]+$/i;

const TIME_AT_END =
  /[\s\u00A0](?:in|on|last|this|since)[\s\u00A0]+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)$/;
const TIME_NAME =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|tonight|morning|afternoon|evening|night|week|month|year)$/i;

const PLACE_PREPOSITION_BEFORE = /(?:^|[\s\u00A0])(?:in|on|into|onto|inside|under)[\s\u00A0]+$/i;
const OBJECT_BEFORE =
  /(?:^|[\s\u00A0])(?:of|about|in|on|for|to|from|at|by|against|over|into|after|before|\p{Ll}+ing)[\s\u00A0]+$/u;
const WORTH_BEFORE = /\bit(?:['’]s|[\s\u00A0]+(?:is|was))[\s\u00A0]+(?:also[\s\u00A0]+)?worth[\s\u00A0]+$/i;
/** "It's worth noting that …", "It is also worth recalling …": the writer's aside before the cue, no one's words. */
export const writersAside = (text: string, from: number, cueStart: number): boolean =>
  text.charCodeAt(cueStart - 2) === 104 &&
  WORTH_BEFORE.test(text.slice(Math.max(from, cueStart - 24), cueStart));

/**
 * "When asked whether …, the spokesperson said …", "If asked …": a reduced clause has no subject (a
 * participle's, "While predicting …, Ms Kovner said", is left to the participle readings); and "pleaded not
 * guilty to charges including theft, threatening behaviour", "it attacked Trump, saying …": a participle's
 * "subject" that runs over a finite reporting verb is not its speaker (the participle readings find that).
 */
export function notASubject(mention: string, participle: boolean, before = "", edForm = false): boolean {
  // ("Everything the mayor says is a lie": what someone says, the subject of another verb)
  if (!participle)
    return (
      REDUCED_CLAUSE.test(mention) ||
      // ("in a box labeled “medical problem”": a preposition's object before a past participle that modifies it)
      (/^(?:a|an|the)[\s\u00A0]/i.test(mention) && PLACE_PREPOSITION_BEFORE.test(before) && edForm) ||
      NO_SUBJECT.test(mention) ||
      FREE_RELATIVE.test(mention) ||
      NEGATIVE_SUBJECT.test(mention) ||
      AFTER_NOR.test(before)
    );
  // "spoke about the death of Tom Reyes in Tulsa, Oklahoma, arguing …", "called for releasing the videos, as
  // well, saying …": the object of a preposition or a verb is not who the participle's words are
  if (OBJECT_BEFORE.test(before)) return true;
  // "had written to the minister in January asking for …": a month or a day is when, not who
  if (TIME_NAME.test(mention) || TIME_AT_END.test(mention)) return true;
  if (!mention.includes(",")) return false;
  for (const word of mention.split(/[\s\u00A0,]+/)) {
    const form = VERB_FORMS.get(word);
    if (form && !form.participle && word !== form.base && word.endsWith("ed")) return true;
  }
  return false;
}
