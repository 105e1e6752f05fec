// What reads like a claim but reports no statement of its own: circumstances alone, a request for
// anonymity, an unanswered question, a participle modifying a noun, an object with no words (what relays or
// nests inside another claim: relayed-or-nested.ts).

import { EN_WEEKDAY_ALTERNATION } from "../dates.ts";
import type { Sentence } from "../text/segment.ts";
import { askedForThing } from "./asked-for-thing.ts";
import { ASKED_QUESTION } from "./asked-question.ts";
import { claimedMoneyDue } from "./claimed-money.ts";
import { SAID_THIS_AT } from "./lexicon.ts";
import { objectWithoutWords } from "./objects-without-words.ts";
import { amountAdded } from "./plain-object-acts.ts";
import { quarrelOnly } from "./quarrel.ts";
import { CLAUSE_WORDS, MODAL } from "./verb-claim-shapes.ts";

/** The words of a source's request for anonymity. */
const ANONYMITY =
  /^(?:not\s+to\s+be\s+(?:named|identified|quoted)|(?:that\s+)?(?:his|her|their)\s+names?\s+(?:not\s+be|be\s+(?:withheld|kept\s+(?:private|secret|confidential)|omitted|changed))|(?:granted|given)\s+anonymity)\b/i;
/** "asked that the store not be named", "requested that the firm not be identified": anonymity for a thing. */
const THING_ANONYMITY =
  /^(?:that\s+)?(?:the|his|her|their|its|our)\s+(?:[\w’'-]+\s+){0,2}?not\s+be\s+(?:named|identified|used|published|disclosed)\b/i;
/** "customers ask for sausage", "asked for calm": a request for a thing, no words of the asker's reported. */
const ASKED_FOR = /^for\s/i;
/** "and urged them to …", "asked us to …": a request to hearers a pronoun stands for, no proposition of its own. */
const PRONOUN_BIDDEN = /^(?:them|him|her|us|you|me)\s+to\s/i;
const REQUEST_VERBS = new Set(["ask", "urge", "request"]);
/** "who did not want to be named", "who declined to be identified": the whole infinitive is the request. */
const ANONYMOUS_WISH = /^to\s+be\s+(?:named|identified|quoted)(?:\s+by\s+name)?$/i;
/** A question left open after a negated cue ("did not say how many", "would not say why"). */
const UNANSWERED = /^(?:how|whether|why|when|what|who|where|if)\b(?:\s+\S+){0,2}$/i;
/** A short phrase that only says when, where or to whom («as he entered the talks», «to requests for comment», «to a question about …», «to The Post's request for comment»). */
const ADJUNCT_ONLY =
  /^(?:(?:as|when|while)\s+\S+(?:\s+\S+){0,5}|to\s+(?:(?:a|an|the|several|repeated|multiple|my|our|your|his|her|their|its)\s+|(?:the\s+)?(?:\p{Lu}\S*\s+){0,3}\S+(?:[’']s|s[’'])\s+)?(?:requests?|messages?|emails?|inquir(?:y|ies)|enquir(?:y|ies)|quer(?:y|ies)|(?:phone\s+|telephone\s+)?calls(?!\s+for\b)|questions?)\b.*)$/isu;
/** States "reported" gives a noun in a reduced passive: "a car reported stolen", "a hiker reported missing". */
const REPORTED_STATE =
  /^(?:stolen|missing|lost|dead|killed|injured|wounded|hurt|kidnapped|abducted|damaged|destroyed|sighted|seen)\b/i;
/** "a motorcycle reported stolen in Imus City last week": a participle modifying a noun, no one's report. */
const reportedState = (verb: { base: string; form: string }, content: string): boolean =>
  verb.base === "report" && verb.form === "reported" && REPORTED_STATE.test(content);
/** A yes-or-no question, however long: "has not said whether she would sign the measure". */
const OPEN_CHOICE = /^(?:whether|if)\s/i;
/** Only the topic of a silence: "on the memo", "about his health" (no clause, no quoted words). */
const TOPIC_ONLY = /^(?:on|about|upon|regarding)[\s\u00A0][^“”"‘’]*$/i;
/** Nouns an -ing form of a reporting verb describes: "threatening behaviour", "warning signs", "insulting messages". */
export const ADJECTIVE_ING_NOUN =
  /^(?:behaviou?r|conduct|messages?|letters?|language|signs?|gestures?|calls?|posts?|e-?mails?|texts?|notes?|tone|shots?|lights?)\b/i;
/** A right, power or hold someone asserts by using it ("his Fifth Amendment rights", "its sovereignty over …"). */
const OWN_RIGHT =
  /^(?:his|her|their|its|our|the)\s+(?:[\w-]+\s+){0,3}?(?:rights?|privileges?|sovereignty|authority|control|jurisdiction|ownership|independence|dominance|power|influence|leadership|presence)\b/i;
/**
 * What someone lived through, named without a word of theirs: "a frantic night", "a night of rising water and
 * little warning", "scenes of panic" (not "crass behavior by X", "X's approach": a thing described, a claim).
 */
const EXPERIENCE_ONLY =
  /^(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:night|day|morning|evening|ordeal|journey|escape|nightmare|experience)|scenes)(?:\s+of\s+[^“”"]*)?$/i;
/** A plea in court: "guilty to …", "not guilty", "no contest". */
const PLEA = /^(?:not[\s\u00A0]+)?(?:guilty|innocent|no[\s\u00A0]+contest)\b/i;
/** What follows a charge's words when they are the whole object ("six counts of theft at …", "the charges."). */
const CHARGE_END = String.raw`(?=$|[\s\u00A0]*[,.;]|[\s\u00A0]+(?:of|against|at|in|before|relating|related|including|over|and|brought|laid|under|on|when|after)\b)`;
/**
 * A charge answered in court ("admitted six counts of theft", "denies two charges of …", "denied murder",
 * "admitted causing death by dangerous driving"): a plea, not a claim ("denied that he had …" is one).
 */
const CHARGE = new RegExp(
  String.raw`^(?:(?:[\w-]+[\s\u00A0]+){0,2}?(?:counts?|charges?|offen[cs]es?)|(?:(?:attempted|aggravated|sexual|common|racially|religiously)[\s\u00A0]+)?(?:murder|manslaughter|theft|fraud|assault|burglary|robbery|rape|arson|kidnapping|blackmail|bribery|perjury|affray|stalking|harassment|embezzlement|money[\s\u00A0]+laundering|drink-driving|dangerous[\s\u00A0]+driving|careless[\s\u00A0]+driving|criminal[\s\u00A0]+damage|causing[\s\u00A0]+(?:death|serious[\s\u00A0]+injury)[\s\u00A0]+by[\s\u00A0]+[a-z]+[\s\u00A0]+driving|possession[\s\u00A0]+of[\s\u00A0]+[a-z]+|conspiracy[\s\u00A0]+to[\s\u00A0]+[a-z]+|perverting[\s\u00A0]+the[\s\u00A0]+course[\s\u00A0]+of[\s\u00A0]+justice|misconduct[\s\u00A0]+in[\s\u00A0]+public[\s\u00A0]+office))${CHARGE_END}`,
  "i",
);
/** The content of a negated cue only names a question it leaves unanswered. */
const leftOpen = (content: string): boolean =>
  UNANSWERED.test(content) || OPEN_CHOICE.test(content) || OPEN_QUESTION.test(content);
/** A wh-question with no quoted words, however long: "did not say how much water industry consumes". */
const OPEN_QUESTION = /^(?:how|why|when|what|who|where|which)\b[^“”"]*$/i;
/** "asked him whether …": the one asked is there to answer. */
const ASKED_IN_PERSON = /^[\s\u00A0]*(?:him|her|them|me|us)[\s\u00A0]*$/i;
/** "a different story", "another story", "the same story": an account, not words reported. */
const AGREED_TO_THING = /^to[\s\u00A0]+(?:the|a|an|its|his|her|their|this|that|these|those)[\s\u00A0]/i;
/** A memory told after "recalled": how, when or what happened. */
const RECALLED_HOW = /^(?:how|when|what|why|where|who|being|having)\b/i;
const STORY = /^(?:a|an|the|another)\s+(?:[\w-]+\s+){0,2}?(?:story|tale)$/i;
/** How words are repeated, without the words: "almost word for word", "verbatim", "again and again". */
const MANNER_ONLY =
  /^(?:(?:almost|nearly|practically|virtually)\s+)?(?:word\s+for\s+word|verbatim|again|often|endlessly|constantly|frequently|at\s+every)\b/i;
/** A headline's own present-tense verb and a conjunction after it: "[claim] crumbles as …", "[plan] clashes over …". */
const HEADLINE_VERB_AFTER_NOUN = /^[a-z]+(?:[^s]s|ches|shes)\s+(?:as|after|amid|despite|over|when)\s/;
/** A time phrase and nothing else: "on November 3", "until Friday", "next week", "in the new year". */
const WHEN_ONLY = new RegExp(
  `^(?:(?:on|until|till|from|by|in|at|after|before|through)\\s+)?(?:(?:next|this|last|the|early|late|mid-?)\\s+)*(?:${EN_WEEKDAY_ALTERNATION}|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|week|month|year|new\\s+year|\\d{1,2})\\.?(?:\\s+(?:\\d{1,2}|\\d{4}|morning|afternoon|evening|night))?(?:,?\\s+\\d{4})?$`,
  "i",
);
/** "made the (strong) case (to voters)": the words after "make" that argue for what follows. */
const MADE_THE_CASE =
  /^[\s\u00A0]+(?:the|a|an|his|her|their|its|our)[\s\u00A0]+(?:(?:strong|strongest|compelling|clear|public|moral|economic|political|legal)[\s\u00A0]+)?case(?:[\s\u00A0]+to[\s\u00A0]+[^,.;:]*?)?(?:[\s\u00A0]+that)?[\s\u00A0]*$/i;
/** Counsel's "put it to [the witness]": the hearer words after "put". */
const PUT_IT_TO = /^[\s\u00A0]+it[\s\u00A0]+to[\s\u00A0]/i;
/** After "said" a preposition too opens only circumstances («said in his interview»). */
// (not "at least 40 people were trapped": a bound on a number opens the words said)
const AFTER_SAY_ONLY =
  /^(?!at\s+(?:least|most)\b)(?:as|when|while|in|at|during|after|before|on|with)\s+\S+(?:\s+\S+){0,5}$/is;
const SAY_VERBS = new Set(["say", "tell", "add"]);
/** "said nothing", "said nothing more about the fire when asked": a silence (not "said nothing would change"). */
const SAID_NOTHING =
  /^nothing(?:\s+(?:more|further|else|publicly))?(?:\s+(?:about|on|of|regarding|to|when|as|while|after|during|at|in)\s[^“”"]*)?$/i;
/** What one says as a greeting or a rite ("goodbye to the fans", "grace", "a prayer for the victims", "Mass"). */
const SAID_RITE =
  /^(?:(?:his|her|their|a|an|one|last|final|fond|emotional|tearful|brief|quick|formal)[\s\u00A0]+){0,2}(?:good-?byes?|farewells?|hellos?|grace|prayers?|mass|thank[\s\u00A0]+you)(?=$|[,.;!]|[\s\u00A0]+(?:to|for|at|before|after|in|on|with|over|from|and|as)\b)/i;
/**
 * A determiner or a number and its noun, or a figure: the thing added or written ("a second", "another goal",
 * "the bill", "20 points", "1.2%", "$3").
 */
const THING_MADE =
  /^(?:(?:a|an|another|the|his|her|their|its|two|three|four|five|six|\d+)[\s\u00A0]+(?!that\b|it\b)[\p{L}\d][\p{L}\d’'-]*|[$€£¥]?\d[\d.,]*(?:%|[\s\u00A0]+(?:points?|per[\s\u00A0]?cent|percent|cents?|pence))?(?=$|[\s\u00A0,;]))/iu;
/** Goods or envoys called back: "200,000 vehicles", "nearly 1.2 million cars", "its ambassador". */
const RECALLED_GOODS =
  /^(?:(?:about|nearly|almost|some|over|more[\s\u00A0]+than)[\s\u00A0]+)?\d[\d.,]*(?:[\s\u00A0]+(?:million|billion|thousand))?[\s\u00A0]+\p{L}|^(?:its|their|the|his|her)[\s\u00A0]+(?:[\p{L}-]+[\s\u00A0]+)?(?:ambassadors?|envoys?|diplomats?|vehicles|cars|trucks|products|batches|units)\b/iu;
/** A thing shown to someone in person: "me the boat his grandfather built", "reporters around the site". */
const SHOWN_IN_PERSON =
  /^(?:me|us|him|her|them|visitors|reporters|journalists|guests)[\s\u00A0]+(?:the|a|an|his|her|their|its|our|my|around|round)\b/i;
/** "higher operating costs", "fewer pupils", "more complaints": a comparison opens the object. */
const COMPARED = /^(?:[a-z]{2,}er|more|less|fewer)[\s\u00A0]+[a-z]/;
/** Verbs of promising, whose bare object is the thing promised. */
const PROMISE_VERBS = new Set(["promise", "pledge"]);
/** The object up to its first comma or "and"/"but" has no verb of a clause and opens no infinitive or "that". */
const nounPhraseOnly = (content: string): boolean => {
  const head = content.split(/[,;]|[\s\u00A0](?:and|but)[\s\u00A0]/)[0] ?? "";
  return !/^(?:to|that)[\s\u00A0]/i.test(head) && !CLAUSE_WORDS.test(head) && !CLAUSE_IN_OBJECT.test(head);
};
const THANKS = /^thanks[\s\u00A0]+to[\s\u00A0]/i;
/** Only the addressee of a letter: "to the council in March", "to Ms Reyes". */
const WRITTEN_TO = /^to[\s\u00A0]+(?:the|a|an|his|her|their|its|\p{Lu})/u;
/** The main clause's report after a relative clause's object: "(who wrote the bill), said it would …". */
const MAIN_CLAUSE_REPORT = /,[\s\u00A0]+(?:[a-z]+ly[\s\u00A0]+)?(?:said|says|told|tells|added|adds)\b.*$/s;
/** Words that make an object a clause or quote someone ("the figures were", "a warning that", "“…”"). */
const CLAUSE_IN_OBJECT =
  /[“"‘:]|\b(?:that|is|are|was|were|had|has|have|would|will|could|should|might|must|saying|says|said)\b/i;
const PRAISE_VERBS = new Set([
  "hail",
  "praise",
  "thank",
  "applaud",
  "congratulate",
  "salute",
  "commend",
  "laud",
]);
const NAME_ONLY = /^\p{Lu}[\p{L}’'-]*(?:[\s\u00A0]+\p{Lu}[\p{L}’'-]*){0,2}$/u;

/**
 * "Troops attacked the village", "gunmen attacked a police post with rifles": an attack made with force,
 * not words — a place, post or craft as the object, or a weapon in the phrase.
 */
const ARMED_ATTACK =
  /^(?:(?:the|a|an|its|their|his|her|two|three|several|dozens\s+of|\d+)[\s\u00A0]+)?(?:[\p{L}’'-]+[\s\u00A0]+){0,3}?(?:villages?|towns?|city|cities|bases?|camps?|convoys?|checkpoints?|positions|posts?|outposts?|ships?|vessels?|tankers?|boats?|buildings?|stations?|compounds?|barracks|schools?|hospitals?|clinics?|churches|church|mosques?|markets?|farms?|homes?|houses?|patrols?|troops|soldiers|guards?|airports?|airfields?|ports?|harbou?r|pipelines?|refinery|refineries|embassy|prisons?|border\s+posts?|trucks?|lorries|buses|bus|trains?|aircraft|depots?|bridges?|power\s+plants?)(?=$|[\s\u00A0]*[,;.]|[\s\u00A0]+(?:in|on|at|near|outside|inside|with|from|of|across|along|overnight|early|late|before|after|during|and|using|yesterday|last|this)\b)|[\s\u00A0]with[\s\u00A0]+(?:an?[\s\u00A0]+)?(?:knife|knives|machetes?|guns?|rifles?|drones?|missiles?|rockets?|bombs?|grenades?|mortars?|artillery|axes?|hammers?|bats?|stones|rocks|bottles?|tear\s+gas)\b/iu;

/** "He said this at a press conference here yesterday": the occasion of the words reported before. */
const SAID_THIS_AT_OCCASION = new RegExp(`^${SAID_THIS_AT}`, "i");
/** The verbs of SAID_THIS_AT ("disclosed this in a statement", "confirmed this to The Fiji Times yesterday"). */
const SAID_THIS_VERBS = new Set(["say", "tell", "add", "state", "disclose", "reveal", "confirm", "explain"]);

/** "the money pledged after last year's cyclone": a past participle modifying a noun, then its adjunct. */
const PARTICIPLE_ADJUNCT = /^(?:after|before|during|since|by|at|in|last|for)\s/i;

/**
 * The content after a cue says nothing reported: "who asked not to be named", "did not say how many",
 * "said as he entered the talks", "did not respond to requests for comment", "the money pledged after …".
 */
export function reportsNothing(
  content: string,
  cue: string,
  verb: { base: string; form: string },
  opensClause: boolean,
  bareVerb: boolean,
  hearer = "",
): boolean {
  if (ANONYMITY.test(content) || ANONYMOUS_WISH.test(content)) return true;
  if (REQUEST_VERBS.has(verb.base) && (THING_ANONYMITY.test(content) || ASKED_FOR.test(content))) return true;
  if (REQUEST_VERBS.has(verb.base) && PRONOUN_BIDDEN.test(content)) return true;
  if (askedForThing(verb.base, content) || claimedMoneyDue(verb.base, content)) return true;
  if (amountAdded(verb.base, content, opensClause)) return true;
  // "put it to the witness that …" suggests a version of events; "put the plan on hold" says nothing
  if (verb.base === "put" && !PUT_IT_TO.test(hearer)) return true;
  // "made the case to voters that …" argues; "made a profit that …", "made sure that …" say nothing
  if (verb.base === "make" && !MADE_THE_CASE.test(hearer)) return true;
  if (bareVerb && reportedState(verb, content)) return true;
  const negated = /\b(?:not|never)\b|n[’']t\b/i.test(cue);
  if (negated && leftOpen(content)) return true;
  // "did not comment on the report", "has never spoken publicly about it": a silence with only its topic
  if (negated && TOPIC_ONLY.test(content)) return true;
  // "charged with threatening behaviour", "warning signs": an -ing form as an adjective before its noun
  if (verb.form.endsWith("ing") && ADJECTIVE_ING_NOUN.test(content)) return true;
  // "pleaded not guilty to theft": a plea, a formal answer to a charge, no words of the accused's
  if (verb.base === "plead" && PLEA.test(content)) return true;
  if ((verb.base === "admit" || verb.base === "deny") && !opensClause && CHARGE.test(content)) return true;
  // "Ms Pugh asked him whether he had visited the dam": a question put to the one who answers, nothing
  // asserted (PolNeAR keeps "Lawmakers asked whether …", a question raised in public)
  if (verb.base === "ask" && ASKED_IN_PERSON.test(hearer) && ASKED_QUESTION.test(content)) return true;
  // "Rand Water, however, tells a different story": an account set against another, its words not given
  if (verb.base === "tell" && STORY.test(content)) return true;
  // "a line she repeats almost word for word": what is repeated stands before the verb
  if (verb.base === "repeat" && MANNER_ONLY.test(content)) return true;
  if (objectWithoutWords(verb.base, content, opensClause)) return true;
  if (opensClause) return false;
  // "Residents described a frantic night.": the heading of the accounts that follow, which are the claims
  if (verb.base === "describe" && EXPERIENCE_ONLY.test(content)) return true;
  if (SAY_VERBS.has(verb.base) && SAID_NOTHING.test(content) && !CLAUSE_WORDS.test(content)) return true;
  // "The song reminded her of home": what someone is reminded of, no words reported
  if (verb.base === "remind" && (/[\s\u00A0]of[\s\u00A0]*$/i.test(hearer) || /^of[\s\u00A0]/i.test(content)))
    return true;
  // "He said this at a press conference here yesterday": the occasion of the words reported before
  if (SAID_THIS_VERBS.has(verb.base) && SAID_THIS_AT_OCCASION.test(`${cue} ${hearer} ${content}`))
    return true;
  // "Superconductor claim crumbles as labs fail to …": a noun before the headline's own verb, no report
  if (verb.form === verb.base && HEADLINE_VERB_AFTER_NOUN.test(content)) return true;
  // "The trial continues on November 3", "The hearing resumes next week": only when, no words
  if (WHEN_ONLY.test(content)) return true;
  // "had planned the robbery for weeks", "planned a new road": a plan made, not announced (only "plans to …"
  // or "planned that …" report one)
  if (verb.base === "plan" && !/^to[\s\u00A0]/i.test(content)) return true;
  // "Uganda and Tanzania had agreed to the plan": a deal accepted, no words (not "agreed to pay …", a promise)
  if (verb.base === "agree" && AGREED_TO_THING.test(content)) return true;
  // "Boeing had recalled the jets", "recalled its ambassador": a product or an envoy called back, no words (not
  // "recalled how the soldiers came", "recalled he was …")
  if (verb.base === "recall" && !RECALLED_HOW.test(content) && !CLAUSE_WORDS.test(content)) return true;
  // "would assert his Fifth Amendment rights", "asserted its sovereignty over the reef": a right claimed by
  // exercising it, no words reported
  if (verb.base === "assert" && OWN_RIGHT.test(content)) return true;
  // "West Indies skipper Jevon Alleyne hailed Pascal, who …": praise of a person, no words of theirs
  if (PRAISE_VERBS.has(verb.base) && NAME_ONLY.test(content)) return true;
  if (ANAPHORIC_OBJECT.test(content)) return true;
  // "said goodbye to the home fans", "said grace before lunch": a greeting or a rite, no words reported
  // ("said thanks to the volunteers"; not "said thanks to the grant the park would reopen")
  if (
    verb.base === "say" &&
    (SAID_RITE.test(content) || (THANKS.test(content) && !CLAUSE_IN_OBJECT.test(content)))
  )
    return true;
  // "added a second before half-time", "wrote the foreword to …": a thing made, no words reported
  // "recalled 200,000 vehicles", "recalled its ambassador": goods or envoys called back, no memory told
  if (verb.base === "recall" && RECALLED_GOODS.test(content)) return true;
  // "shows me the boat his grandfather built": a thing shown in person, no finding
  if (verb.base === "show" && SHOWN_IN_PERSON.test(content)) return true;
  // "statements showing higher operating costs": figures a document shows by comparison, no one's words (not
  // "a poll showing her ahead", "figures showing prices rose"); "had promised cheaper power": a past promise
  // recalled by its thing (not "has promised a veto", "promised to …", "promised that …")
  const shownThing =
    verb.base === "show"
      ? verb.form === "showing" && COMPARED.test(content)
      : PROMISE_VERBS.has(verb.base) && /^had[\s\u00A0]/i.test(cue);
  if (shownThing && !opensClause && nounPhraseOnly(content)) return true;
  // ("wrote to the council in March": only whom the letter went to; "who wrote the bill, said …" runs on
  // into the main clause's report)
  if (
    (verb.base === "add" || verb.base === "write") &&
    (THING_MADE.test(content) || (verb.base === "write" && WRITTEN_TO.test(content))) &&
    !CLAUSE_IN_OBJECT.test(content.replace(MAIN_CLAUSE_REPORT, ""))
  )
    return true;
  if (verb.base === "attack" && ARMED_ATTACK.test(content)) return true;
  if (quarrelOnly(verb.base, content)) return true;
  if (bareVerb && verb.form.endsWith("ed") && !SAY_VERBS.has(verb.base) && PARTICIPLE_ADJUNCT.test(content))
    return true;
  return (SAY_VERBS.has(verb.base) ? AFTER_SAY_ONLY : ADJUNCT_ONLY).test(content);
}

/**
 * Verbs of reaction or judgement whose bare object is the news already told ("welcomed the move", "defended the
 * law", "rejected the plan", "criticised the budget"). ("condemned" stays as it is: an open decision.)
 */
const REACTION_VERBS = new Set([
  "welcome",
  "reject",
  "criticise",
  "criticize",
  "oppose",
  "praise",
  "hail",
  "applaud",
  "commend",
  "laud",
  "defend",
  "signal",
]);
/** A determiner and one noun: "the decision", "its opposition", "the Bill". */
const BACK_REFERENCE = /^(?:the|its|his|her|their|this|that)[\s\u00A0]+[\p{L}-]+$/iu;
/**
 * An object with no words of anyone's: a reaction to what the story told ("praised the decision", "has
 * signaled its opposition"), a custom kept ("observed a strike", "observed a minute's silence"), a sum
 * added to ("taxes added to monthly bills") or planned ("will add a line"), a warning with only its topic ("warn of
 * famine").
 */
export function objectOfReaction(base: string, content: string, cue = ""): boolean {
  if (REACTION_VERBS.has(base)) return BACK_REFERENCE.test(content);
  if (base === "observe") return !/^["“‘']/.test(content);
  // ("will add a line through the district": what a plan adds, not words)
  if (base === "add") return /^to[\s\u00A0]/i.test(content) || MODAL.test(cue);
  return base === "warn" && /^of[\s\u00A0]/i.test(content);
}

/**
 * "disclosed this while briefing journalists", "confirmed this on Tuesday", "rejected that, saying …": the
 * words were reported before.
 */
const ANAPHORIC_OBJECT =
  /^(?:that|it|them|him|this(?:[\s\u00A0]+(?:while|when|at|in|on|during|after|before|to|through|via|as|in)\b.*)?)$/is;

/** "Why do critics say …?", "Did the minister say …?", "Who said …?": a question the sentence opens with. */
const OPENS_QUESTION =
  /^(?:(?:Why|How|What|When|Where|Who|Which|Whose)\s+(?:do|does|did|will|would|can|could|should|is|are|was|were|has|have|had|might|must)\b|(?:Do|Does|Did|Will|Would|Can|Could|Should|Is|Are|Was|Were|Has|Have|Had)\s|Who\s+\S+\s)/;

/** The cue at `cueStart` asks, in a question the sentence opens with (no quote or colon before it). */
export function inOpeningQuestion(text: string, s: Sentence, cueStart: number): boolean {
  return (
    OPENS_QUESTION.test(text.slice(s.start, s.start + 12)) &&
    /\?["”’)\]]*$/.test(text.slice(Math.max(s.start, s.end - 6), s.end)) &&
    !/[:"“”]/.test(text.slice(s.start, cueStart))
  );
}
