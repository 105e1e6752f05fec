import type { ArticleView, Draft } from "../draft.ts";
import { seatless, withoutHarakat } from "../text/chars.ts";
import type { Sentence } from "../text/segment.ts";
import { titleAfterAdjunct } from "./adjunct-before-subject.ts";
import { anonymityEnd } from "./anonymity.ts";
import { askedOne, calledBefore, contrastSubject, previousOpeningSubject } from "./antecedent.ts";
import { officialOfBody } from "./body-official.ts";
import type { Cue } from "./cue-finder.ts";
import { CONTINUATION_VERBS } from "./cues.ts";
import { meetingHost } from "./held-meeting.ts";
import { issuedAside } from "./issued-aside.ts";
import { qadlessPluperfect, readPluperfectSubject } from "./kana.ts";
import {
  FUNCTION_WORDS,
  foldWord,
  isDefiniteWord,
  ORG_TITLES,
  PERSON_TITLES,
  SOURCE_NOUNS,
} from "./lexicon.ts";
import { subjectNotObject } from "./object-after-verb.ts";
import { oneOfGroup, ownerOfOneBefore } from "./one-of-them.ts";
import { openingSubject, topicSubject } from "./owner.ts";
import { titleHead } from "./phrase.ts";
import { halPhraseEnd, readSubject, type SpanPair } from "./subject.ts";
import { svoOpeningSubject } from "./svo-opening.ts";

/** What the cue pass learned about one sentence's cues: their subjects and where contents stop. */
export interface SentenceCues {
  scene: boolean;
  fronted: Map<Cue, SpanPair>;
  pronounLed: Set<Cue>;
  owned: Map<Cue, { span: SpanPair; from: number }>;
  stops: number[];
  knownNames: Set<string>;
  /** The latest speaker's words in the sentences before this one. */
  mentionBefore: SpanPair | null;
}

/** The words of the last speaker quoted among `drafts` (null when none has a mention). */
export function lastSpeakerWords(drafts: readonly Draft[]): SpanPair | null {
  const quoted = drafts.findLast((d) => d.mentionStart >= 0);
  return quoted ? { start: quoted.mentionStart, end: quoted.mentionEnd } : null;
}

/** Who says it: a passive, a pronoun before the verb, the verb's subject, or a participle's implicit one; returns where the speaker's words end. */
export function readSpeaker(
  view: ArticleView,
  s: Sentence,
  cue: Cue,
  d: Draft,
  ctx: SentenceCues,
  earlier: Draft[],
  nextStop: number,
): number {
  if (cue.passive) {
    d.passive = true;
    d.rules.push("ar.passive");
  } else if (ctx.pronounLed.has(cue)) {
    d.inherits = true;
    d.rules.push("ar.pronoun-subject");
  } else if (cue.kind === "verb") return verbSpeaker(view, s, cue, d, ctx, earlier, nextStop);
  else participleSpeaker(view.text, s, cue, d, ctx, earlier);
  return cue.end;
}

/** «وأكد وزير الخارجية أن …», «وكان X قد أعلن»: the verb's subject before or after it; returns where it ends. */
function verbSpeaker(
  view: ArticleView,
  s: Sentence,
  cue: Cue,
  d: Draft,
  ctx: SentenceCues,
  earlier: Draft[],
  nextStop: number,
): number {
  const { text } = view;
  const { knownNames } = ctx;
  let after = cue.end;
  const owner = ctx.owned.get(cue);
  const pre = ctx.fronted.get(cue) ?? owner?.span ?? topicSubject(text, s, cue) ?? calledBefore(text, s, cue);
  if (owner) after = owner.from;
  // «وكان X قد أعلن»: only a verb after «قد» tells a pluperfect («…، بعد أن كشفت …» does not)
  const qad = /قد/u.test(text.slice(cue.start, cue.verbStart));
  const plu = pre
    ? null
    : qad
      ? readPluperfectSubject(text, s.start, cue.start)
      : qadlessPluperfect(text, s.start, cue.start);
  // «وشدد على ضرورة …»: the particle joined to the cue opens the object; the subject would stand before it
  const particled = /[\s\u00A0]/u.test(text.slice(cue.verbStart, cue.end).trim());
  let subject = pre ?? plu ?? (particled ? null : readSubject(text, cue.end, nextStop, knownNames));
  // «وقال في دمشق اللواء X إن …»: a place or a time between the verb and its titled subject
  const titled = pre || plu || subject || particled ? null : titleAfterAdjunct(text, cue.end, nextStop);
  if (titled !== null) subject = readSubject(text, titled, nextStop, knownNames);
  if (plu) {
    d.backgrounded = true;
    d.rules.push("ar.pluperfect");
  }
  if (pre) d.rules.push("ar.subject-before-verb");
  // «الرئيس تبون يستقبل … ويؤكد متانة العلاقات»: the noun after a verb joined to an SVO opening is its object
  const svo = pre || plu ? null : svoOpeningSubject(text, s, cue, knownNames);
  subject = subjectNotObject(view, cue, d, earlier, nextStop, knownNames, subject, pre, plu, svo);
  if (subject) return namedVerbSpeaker(text, s, cue, d, ctx, earlier, nextStop, subject, pre, plu, after);
  // («وأضاف، في بيان صادر عن …»: a verb going on with the talk keeps the speaker before)
  const goesOn = !!cue.lemma && CONTINUATION_VERBS.has(cue.lemma);
  const issued =
    particled || svo || goesOn
      ? null
      : (issuedAside(text, cue.end, nextStop) ?? meetingHost(text, cue, nextStop, knownNames));
  if (issued) {
    d.mentionStart = issued.start;
    d.mentionEnd = issued.end;
    d.rules.push("ar.issued-aside");
    return after;
  }
  return implicitVerbSpeaker(view, s, cue, d, ctx, earlier, nextStop, svo, particled, after);
}

/** The verb's subject as its speaker: where its words end, the names kept, the owner or body it speaks for. */
function namedVerbSpeaker(
  text: string,
  s: Sentence,
  cue: Cue,
  d: Draft,
  ctx: SentenceCues,
  earlier: Draft[],
  nextStop: number,
  subject: SpanPair,
  pre: SpanPair | null | undefined,
  plu: SpanPair | null,
  after: number,
): number {
  const { knownNames } = ctx;
  d.mentionStart = subject.start;
  d.mentionEnd = subject.end;
  // («وقال (م.ب)، …»: the bracket closing initials is no part of the content)
  const closed = text[subject.end] === ")" ? subject.end + 1 : subject.end;
  if (!plu && !pre) {
    const unnamed = anonymityEnd(text, closed, nextStop) ?? closed;
    after = halPhraseEnd(text, unnamed, nextStop) ?? unnamed;
  }
  rememberNames(text, subject, knownNames);
  d.rules.push("ar.verb+subject");
  const group = groupOfOwner(text, s, subject);
  const owned = group ?? documentOwner(text, s, cue, subject, knownNames);
  const lastMention = lastSpeakerWords(earlier) ?? ctx.mentionBefore;
  const one = owned
    ? null
    : (oneOfGroup(text, s, subject, lastMention) ?? ownerOfOneBefore(text, s, subject));
  // «وقال مسؤول فيها إن …»: the official of the body named before
  const official = owned || one ? null : officialOfBody(text, subject);
  if (owned ?? one ?? official) {
    d.speakerName = (owned ?? one ?? official) as string;
    d.rules.push(
      group
        ? "ar.group-of-owner"
        : owned
          ? "ar.document-owner"
          : one
            ? "ar.one-of-group"
            : "ar.body-official",
    );
  }
  // «وتابع العميد فادي نصر الله …» after «أعلن المتحدث باسم الوزارة …»: the same speaker, now named
  if (cue.lemma && CONTINUATION_VERBS.has(cue.lemma) && !pre && !plu) d.continues = true;
  return after;
}

/** No subject after the verb: the speaker is implicit, with a hint of who it may be; returns where its words end. */
function implicitVerbSpeaker(
  view: ArticleView,
  s: Sentence,
  cue: Cue,
  d: Draft,
  ctx: SentenceCues,
  earlier: Draft[],
  nextStop: number,
  svo: ReturnType<typeof svoOpeningSubject>,
  particled: boolean,
  after: number,
): number {
  const { text } = view;
  const { knownNames } = ctx;
  d.inherits = true;
  d.rules.push("ar.verb,implicit-subject");
  // «قبل أن يضيف مخاطبا إياهم: «…»»: the ḥāl right after the verb is not the content
  if (!particled) after = halPhraseEnd(text, cue.end, nextStop) ?? after;
  // «انتقد الوزير X الإضراب بشدة، وقال …»: after a verb that reports nothing, «وقال» has its subject
  const hint =
    askedOne(text, s, cue) ??
    svo ??
    (earlier.length ? null : previousOpeningSubject(view, s, cue, knownNames)) ??
    (earlier.length ||
    ctx.scene ||
    (cue.verbStart === cue.start && !WHILE_BEFORE.test(text.slice(s.start, cue.start)))
      ? null
      : openingSubject(text, s, cue, knownNames));
  if (hint) d.hint = hint;
  return after;
}

/** «، في وقت يقولون فيه …», «، في حين يرى …»: a time clause whose verb goes on with the sentence's subject. */
const WHILE_BEFORE = /[،,][\s\u00A0]*(?:في[\s\u00A0]+(?:وقت|حين)|بينما)[\s\u00A0]*$/u;

/** Groups named by whom they back or oppose: «أنصارها», «معارضوه», «مؤيدو». */
const GROUP_OF = seatless(/^(أنصار|مؤيدو|مؤيدي|معارضو|معارضي|منتقدو|منتقدي|خصوم|حلفاء|أتباع)(ه|ها)$/u);

/**
 * «ويقول معارضون إن رفض الحكومة …، بينما يرى أنصارها أن …»: a group with a possessive pronoun is the
 * group of the nearest person or body of the pronoun's gender before it in the sentence («أنصار الحكومة»).
 */
function groupOfOwner(text: string, s: Sentence, subject: SpanPair): string | null {
  const m = GROUP_OF.exec(withoutHarakat(text.slice(subject.start, subject.end)));
  if (!m?.[1]) return null;
  const feminine = m[2] === "ها";
  const words = text.slice(s.start, subject.start).match(/[\p{L}\p{M}]+/gu) ?? [];
  for (let k = words.length - 1; k >= 0; k--) {
    const w = (words[k] as string).replace(/^[وفب]?(?=ال)|^ل(?=ل)/u, "").replace(/^لل/u, "ال");
    if (!isDefiniteWord(w)) continue;
    // the nearest singular noun of the pronoun's gender is the owner; only a person or a body has backers
    if (/(?:ات|ون|ين)$/u.test(w) || /ة$/u.test(w) !== feminine) continue;
    return PERSON_TITLES.has(titleHead(w)) || ORG_TITLES.has(foldWord(w)) ? `${m[1]} ${w}` : null;
  }
  return null;
}

/**
 * «وكانت النيابة العامة قد أحالت المتهمين …، بعد أن كشفت تحرياتها أن …»: a document with a possessive
 * pronoun («تحرياتها», «تقريره») speaks for the sentence's opening subject when its gender fits.
 */
function documentOwner(
  text: string,
  s: Sentence,
  cue: Cue,
  subject: SpanPair,
  knownNames: Set<string>,
): string | null {
  const m = /^(\p{L}+?)(ها|ه)$/u.exec(withoutHarakat(text.slice(subject.start, subject.end)));
  if (!m?.[1] || !SOURCE_NOUNS.has(foldWord(m[1])) || cue.verbStart > cue.start) return null;
  // («وكان X قد …»: the subject between كان and قد)
  const qad = /^[\s\u00A0]*[وف]?كان(?:ت|وا)?[\s\u00A0][^،,.:]{2,60}?[\s\u00A0](قد)[\s\u00A0]/u.exec(
    text.slice(s.start, subject.start),
  );
  const owner =
    openingSubject(text, s, cue, knownNames) ??
    (qad ? readPluperfectSubject(text, s.start, s.start + qad[0].lastIndexOf("قد")) : null);
  if (!owner || owner.end > subject.start) return null;
  const words = text.slice(owner.start, owner.end);
  return /ة$/u.test(words.split(/[\s\u00A0]+/u)[0] ?? "") === (m[2] === "ها") ? words : null;
}

/** The words of a speaker's name, kept to recognise the name when it comes again. */
export function rememberNames(text: string, subject: SpanPair, knownNames: Set<string>): void {
  for (const w of text.slice(subject.start, subject.end).split(/[\s\u00A0،,]+/)) {
    const f = foldWord(w);
    if (f.length > 1 && !FUNCTION_WORDS.has(f)) knownNames.add(f);
  }
}

/** «…، مؤكدا أن …»: a participle's speaker is the one before it, or the sentence's opening subject. */
function participleSpeaker(
  text: string,
  s: Sentence,
  cue: Cue,
  d: Draft,
  ctx: SentenceCues,
  earlier: Draft[],
): void {
  d.inherits = true;
  d.rules.push("ar.participle");
  // «وكان الوزير قد أعلن …، مبينا أن …»: the participle is told in the same background
  if (earlier.some((x) => x.backgrounded)) d.backgrounded = true;
  // «وأشاد الشمراني بأداء حارسه، قائلا إن …», «وردت لجنة الحكام على …، مؤكدة أن …»: after a verb
  // that reports nothing, the participle still has that verb's subject
  // «…، غير أن مسؤولا فيها اعتذر عن التعليق، مكتفيا بالقول …»: the contrast clause's subject, after any
  // statement of the sentence
  const contrast = ctx.scene
    ? null
    : contrastSubject(text, s, cue, ctx.knownNames, Math.max(s.start, ...earlier.map((x) => x.contentEnd)));
  const hint =
    contrast ?? (earlier.length || ctx.scene ? null : openingSubject(text, s, cue, ctx.knownNames));
  if (hint) {
    d.hint = hint;
    d.rules.push(contrast ? "ar.participle+contrast-subject" : "ar.participle+opening-subject");
    const official = contrast && officialOfBody(text, contrast);
    if (official) d.speakerName = official;
  }
}
