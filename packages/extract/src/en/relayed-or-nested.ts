// Claims that only relay or repeat another: a record relaying a claim already attributed, an action inside
// someone's statement, a question put, an act whose words follow in a second verb.
import type { ArticleView, Draft } from "../draft.ts";
import { questionAsked, questionFromItsWord } from "./asked-question.ts";

/** An opening "Asked …" ("When asked …") and the wh-word of its question right before a claim's subject. */
const ASKED_WHAT =
  /(?:^|[.!?\n][”"’]?[\s\u00A0]*)(?:(?:When|If|Once)[\s\u00A0]+a|A)sked\b[^.!?\n;:]*\b(?:what|whether|how|why|if|when|who|which)[\s\u00A0]+$/;
/** "Asked" inside text[from, to): a quick test before ASKED_WHAT (searching only that stretch, not the rest of the text). */
function askedBefore(text: string, from: number, to: number): boolean {
  return to - from >= 4 && text.slice(from, to).includes("sked");
}
/** An infinitive, maybe after a short adjunct: "to cut fees", "in its 2024 manifesto to reduce costs". */
const INFINITIVE_FIRST =
  /^(?:(?:in|during|at|on|last|this)[\s\u00A0][^,;:“”"]{0,40}?[\s\u00A0])?to[\s\u00A0]/i;
/** An election's or a contest's outcome as the object ("victory in Saturday's election", "defeat shortly after 10pm"). */
const OUTCOME_OBJECT =
  /^(?:(?:an?|the|his|her|their|its)[\s\u00A0]+)?(?:narrow[\s\u00A0]+)?(?:victory|defeat|win)\b/i;
/** What stands between an act's object and the participle or verb that gives the words (", but …"). */
const ACT_THEN_WORDS = /^[\s\u00A0]*,?[\s\u00A0]*(?:(?:but|and)[\s\u00A0]+)?$/;

/**
 * The claims of one article without a clause: a weak verb's object ("support the bill", "propose
 * sanctions") and a pronoun subject's action ("it would report results"). Plain lists: an article has
 * few, and a lookup by identity in a short list is cheaper than a (weak) set.
 */
export interface ObjectOnlyClaims {
  objects: Draft[];
  pronounActions: Draft[];
  /** Every claim whose content is a bare object ("claimed victory", "conceded defeat"), any verb. */
  acts: Draft[];
  /** The outlet's own findings ("Sky News understands …"): no claim is made inside their words. */
  ownFindings: Draft[];
}
export const noObjectOnlyClaims = (): ObjectOnlyClaims => ({
  objects: [],
  pronounActions: [],
  acts: [],
  ownFindings: [],
});

/** Records a claim without a clause: a weak verb's object, or a pronoun's action. */
export function markObjectOnly(
  marks: ObjectOnlyClaims,
  d: Draft,
  weakVerb: boolean,
  pronounSubject: boolean,
): void {
  if (weakVerb) marks.objects.push(d);
  else if (pronounSubject) marks.pronounActions.push(d);
}

/** "according to a transcript", "according to video of the event": a record of words said, no speaker. */
const RECORD_SOURCE =
  /^according to (?:(?:a|an|the)\s+)?(?:[\w-]+\s+){0,2}?(?:transcripts?|recordings?|video|audio|footage|excerpts?|pool report|readout)\b/i;

/**
 * The claims without those that only relay or repeat another: "“…,” Vance said, according to a
 * transcript" (the transcript relays a claim already attributed; PolNeAR keeps "…, according to their
 * attorneys"), and "The Commission said it would propose new sanctions" (an action inside someone's
 * statement is part of what they said).
 */
export function withoutRelayedOrNested(view: ArticleView, drafts: Draft[], marks: ObjectOnlyClaims): Draft[] {
  const { objects, pronounActions } = marks;
  const relays = (d: Draft): boolean =>
    RECORD_SOURCE.test(view.text.slice(d.cueStart, d.cueStart + 60)) &&
    drafts.some(
      (o) =>
        o !== d &&
        o.cueStart >= d.contentStart &&
        o.cueEnd <= d.contentEnd &&
        /^[\s\u00A0]*,?[\s\u00A0]*$/.test(view.text.slice(o.cueEnd, d.cueStart)),
    );
  const insideFinding = (d: Draft): boolean =>
    marks.ownFindings.some((o) => o !== d && o.contentStart <= d.cueStart && d.cueEnd <= o.contentEnd);
  // "said the Government had promised to "fix ramping"": a pledge or plan inside a statement is part of it
  const infinitiveInside = (d: Draft): boolean =>
    INFINITIVE_FIRST.test(view.text.slice(d.contentStart, d.contentEnd)) &&
    drafts.some((o) => o !== d && o.contentStart <= d.cueStart && d.cueEnd <= o.contentEnd);
  const nested = (d: Draft): boolean =>
    insideFinding(d) ||
    ((objects.includes(d) || pronounActions.includes(d)) &&
      drafts.some(
        (o) =>
          // ("The samples showed no sign of it, the authors write": a whole sentence given before its cue)
          (o.cueEnd <= o.contentStart ||
            (o.contentEnd <= o.cueStart &&
              o.contentStart === d.mentionStart &&
              d.contentEnd <= o.cueStart &&
              EVIDENCE_CUE.test(view.text.slice(d.cueStart, d.cueEnd)))) &&
          o.contentStart <= d.cueStart &&
          d.cueEnd <= o.contentEnd &&
          o !== d &&
          !objects.includes(o),
      ));
  // "Asked in an interview what she hoped her pupils would remember, she said …": the question put, not a claim
  const insideQuestion = (d: Draft): boolean =>
    d.mentionStart > 0 &&
    askedBefore(view.text, Math.max(0, d.mentionStart - 160), d.mentionStart) &&
    ASKED_WHAT.test(view.text.slice(Math.max(0, d.mentionStart - 160), d.mentionStart));
  // "claimed victory …, telling supporters that …", "conceded defeat but said …", "defended his decision …,
  // saying …": an act with only its object, then the words in a participle or second verb of the same subject
  // (only an outcome conceded or claimed: PolNeAR keeps "defending his tweets, saying …", "rejected a request,
  // saying …" as claims of their own)
  const actThenWords = (d: Draft): boolean =>
    marks.acts.includes(d) &&
    OUTCOME_OBJECT.test(view.text.slice(d.contentStart, d.contentEnd)) &&
    drafts.some(
      (o) =>
        o.inherits &&
        o.cueStart >= d.contentEnd &&
        ACT_THEN_WORDS.test(view.text.slice(d.contentEnd, o.cueStart)) &&
        !view.text.slice(o.cueStart, o.contentStart).includes(".") &&
        o.contentStart > o.cueStart,
    );
  // "He said X had told investigators …", "According to the survey, …, and one in five said …": an account
  // the speaker relays or a share of those surveyed, inside the speaker's own words
  const relayedInside = (d: Draft): boolean =>
    (RELAYED_CUE.test(view.text.slice(d.cueStart, d.cueEnd)) ||
      SURVEYED_SHARE.test(view.text.slice(d.mentionStart, d.mentionEnd))) &&
    drafts.some(
      (o) =>
        o !== d && o.cueEnd <= o.contentStart && o.contentStart <= d.mentionStart && d.cueEnd <= o.contentEnd,
    );
  // "said the figures showed that …": what the speaker's evidence shows is part of the speaker's words
  const evidenceInside = (d: Draft): boolean =>
    d.mentionStart >= 0 &&
    EVIDENCE_CUE.test(view.text.slice(d.cueStart, d.cueEnd)) &&
    drafts.some(
      (o) =>
        o !== d && o.cueEnd <= o.contentStart && o.contentStart <= d.mentionStart && d.cueEnd <= o.contentEnd,
    );
  // "told reporters that they had been ploughing a field that villagers believed had been cleared": a belief in
  // a relative clause on a noun of the speaker's own words describes that noun, it is no statement of its own
  const beliefInside = (d: Draft): boolean =>
    d.rules.includes("en.content:gapped-relative") &&
    BELIEF_CUE.test(view.text.slice(d.cueStart, d.cueEnd)) &&
    drafts.some(
      (o) =>
        o !== d && o.cueEnd <= o.contentStart && o.contentStart <= d.mentionStart && d.cueEnd <= o.contentEnd,
    );
  // "Forecasters expect the dry spell to last, the bureau said": a belief or expectation that opens words given
  // before their cue is part of those words (a weak verb's claim there stays: "Residents praised the plan, X said")
  const expectationOpensWords = (d: Draft): boolean =>
    d.mentionStart >= 0 &&
    EXPECTATION_CUE.test(view.text.slice(d.cueStart, d.cueEnd)) &&
    drafts.some(
      (o) =>
        o !== d &&
        o.contentEnd <= o.cueStart &&
        o.contentStart === d.mentionStart &&
        d.contentEnd <= o.contentEnd,
    );
  // (kept, silent: its speaker still brings a body into focus — "the campaign plans to …, a spokesman announced")
  // (a question asked too: its asker stays in focus — "“Why now?” she asked, adding that …")
  for (const d of drafts)
    if (infinitiveInside(d)) d.silent = true;
    else if (questionAsked(view, d)) {
      d.silent = true;
      questionFromItsWord(view, d);
    }
  return drafts.filter(
    (d) =>
      !relays(d) &&
      !nested(d) &&
      !relayedInside(d) &&
      !evidenceInside(d) &&
      !beliefInside(d) &&
      !expectationOpensWords(d) &&
      !insideQuestion(d) &&
      !actThenWords(d),
  );
}

/** What samples, data or records show: a finding of the words' speaker when inside them. */
const EVIDENCE_CUE = /(?:^|\s)(?:show|shows|showed|shown|found|reveal|reveals|revealed)$/i;
/** "believed", "thought", "feared": a state of mind, not words said. */
const BELIEF_WORDS =
  "believe|believes|believed|think|thinks|thought|fear|fears|feared|suspect|suspects|suspected|assume|assumes|assumed";
const BELIEF_CUE = new RegExp(`(?:^|\\s)(?:${BELIEF_WORDS})$`, "i");
/** A belief or an expectation: "expect", "anticipate" besides the states of mind of BELIEF_CUE. */
const EXPECTATION_CUE = new RegExp(
  `(?:^|\\s)(?:expect|expects|expected|anticipate|anticipates|anticipated|${BELIEF_WORDS})$`,
  "i",
);
// ("said the council had asked the ministry to …", "said the fishermen would ask the board to …": a request the
// speaker relays or foresees is part of the speaker's words)
// (and "said the council had assured her that …": a promise made to the speaker, which the speaker relays)
const RELAYED_CUE = /^(?:had[\s\u00A0]+(?:told|said|asked|assured|promised|informed)|would[\s\u00A0]+ask)$/i;
/** "one in five", "nearly half", "40 percent", "a third of them": a share of the people surveyed. */
const SURVEYED_SHARE =
  /^(?:(?:nearly|almost|about|around|roughly|over|more\s+than|fewer\s+than|less\s+than|just\s+under|just\s+over)\s+)?(?:(?:one|two|three|four|\d+)\s+in\s+(?:\w+)|half|a\s+(?:third|quarter|fifth|majority)|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|most|many)(?:\s+of\s+(?:them|(?:the\s+|those\s+)?[\w-]+))?$/i;
