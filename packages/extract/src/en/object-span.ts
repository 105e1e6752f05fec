/** Where a reported object ("criticized the law as …", "reported a record profit on Thursday") ends. */
import { EN_WEEKDAY_ALTERNATION } from "../dates.ts";
import { type ArticleView, trimSpan } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import { objectGoesOnAt } from "./object-commas.ts";

// (also "when he ran …", "because of …", "in July", "at last week's forum", "Wednesday on The X Show", "as Pyongyang
// fired …": the occasion, a cause or another event after the object)
const OBJECT_END = new RegExp(
  `,(?!\\d)|[\\s\\u00A0]*[—―](?![\\s\\u00A0]*(?:from|including|such|like|namely)\\s)|[\\s\\u00A0]+(?:–|--?)(?=[\\s\\u00A0])|\\s(?:during|while|after|before|since|when|because|at\\s+(?:a|last)|in\\s+(?:an?|early|late|recent|January|February|March|April|May|June|July|August|September|October|November|December)|on\\s+(?:${EN_WEEKDAY_ALTERNATION})|(?:${EN_WEEKDAY_ALTERNATION})(?=\\s+(?:on|at|in)\\b)|as\\s+(?:[A-Z][\\w’'-]*\\s+[a-z]+ed|he|she|they|it|we))[\\s-]`,
  "g",
);
/** "rejected the accusation yesterday": the time the statement was made, after its object. */
const TRAILING_TIME = new RegExp(
  `\\s+(?:yesterday|today|on\\s+(?:${EN_WEEKDAY_ALTERNATION})|last\\s+(?:week|night))$`,
);
/** A past-tense verb's object without the time it was said at its end. */
export function withoutTrailingTime(text: string, content: [number, number]): [number, number] {
  const m = TRAILING_TIME.exec(text.slice(content[0], content[1]));
  return m && m.index > 0 ? [content[0], content[0] + m.index] : content;
}
/** A day after an object, closing it or its clause: "on Thursday", "yesterday", "last night" ("…, driven by …"). */
const DAY_AFTER_OBJECT =
  /[\s\u00A0]+(?:(?:late|early)[\s\u00A0]+)?(?:yesterday|on[\s\u00A0]+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|last[\s\u00A0]+night)(?:[\s\u00A0]+(?:morning|afternoon|evening|night))?(?=[\s\u00A0]*(?:,|$))/;
/** A noun phrase's opening: a determiner, a possessive or a number ("a record profit", "500 job cuts"). */
const NOUN_PHRASE_START =
  /^(?:an?|the|its|his|her|their|\d[\d,.]*|one|two|three|several|plans?|new)[\s\u00A0]/i;
/** Words of a clause: a finite verb or auxiliary ("storms were expected on Thursday" is a clause). */
const CLAUSE_VERB =
  /\b(?:is|are|was|were|be|been|will|would|could|can|should|may|might|must|has|have|had|did|does)\b|\b\p{Ll}+ed[\s\u00A0]+(?:on|at|in|by|to|from)\b/u;
/** Up to five words with no preposition or clause link among them. */
const BARE_OBJECT =
  /^(?!.*\b(?:at|in|for|of|to|from|with|by|over|after|before|during|that|which|who|and|or)\b)\S+(?:[\s\u00A0]+\S+){0,4}$/i;
/**
 * "Barclays reported a record profit on Thursday, driven by …": the day after a reported object (no clause
 * of its own to date) is when it was reported, so the object ends before it.
 */
export function objectBeforeItsDay(text: string, content: [number, number]): [number, number] {
  const slice = text.slice(content[0], content[1]);
  const m = NOUN_PHRASE_START.test(slice) ? DAY_AFTER_OBJECT.exec(slice) : null;
  // (a short bare noun phrase only: "the plan at a briefing at Jamaica House on Wednesday" tells more)
  const object = m ? slice.slice(0, m.index) : "";
  // (nor an object with an aside: "said the deal, signed on Sunday, was dead" — the day is the deal's)
  if (!m || m.index === 0 || CLAUSE_VERB.test(object) || !BARE_OBJECT.test(object) || /,(?!\d)/.test(object))
    return content;
  return [content[0], content[0] + m.index];
}
const CLAUSE_AFTER = /^\s(?:when|because|as)\s/;
const VERB_IN_OBJECT = /\bto\s+[a-z]+|\b[a-z]{2,}ing\b/;
/** An object phrase ("criticized the law as a “crazy system”") stops at a comma (not "$125,000") or a circumstance. */
export function objectOnly(text: string, view: ArticleView, content: [number, number]): [number, number] {
  const slice = text.slice(content[0], content[1]);
  const re = OBJECT_END;
  re.lastIndex = 0;
  let inside = -1;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const at = content[0] + m.index;
    if (quoteAt(view.quotes, at) || at <= inside) continue;
    // ("accused the minister, Ann Lee, of …", "praised the chief, Tom Reyes, for …", "charged two traders, Al Sim
    // and Bo Tan, with …": the object's appositive)
    const appositive = m[0] === "," ? APPOSITIVE_BEFORE_LINK.exec(slice.slice(m.index)) : null;
    if (appositive) {
      re.lastIndex = m.index + appositive[0].length;
      continue;
    }
    // ("wants to release his taxes but can't because …", "accused her of being asleep when …": a clause after an
    // object that holds a verb may be that verb's)
    if (CLAUSE_AFTER.test(m[0]) && VERB_IN_OBJECT.test(slice.slice(0, m.index))) continue;
    // ('called the offer on Monday “an insult”': the day sits between the object and the quoted words it is called)
    if (/day[\s-]$/.test(m[0]) && quoteAt(view.quotes, content[0] + m.index + m[0].length)?.closed) continue;
    if (m[0] === ",") {
      inside = objectGoesOnAt(text, content[0], at, content[1]);
      if (inside >= at) continue;
    }
    // ("called the plan — drafted in secret — a disgrace": a pair of dashes sets off an aside inside the object)
    const dash = m[0].trim();
    if (/^[—―–-]/.test(dash) && slice.indexOf(dash, m.index + m[0].length) >= 0) {
      inside = content[0] + slice.indexOf(dash, m.index + m[0].length);
      continue;
    }
    return trimSpan(text, content[0], at) ?? content;
  }
  return content;
}
const APPOSITIVE_BEFORE_LINK = /^,[^,;:.!?“”"]{2,60},(?=\s+(?:of|for|with)\s)/;
