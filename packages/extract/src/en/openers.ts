import { SUBORDINATOR } from "./content.ts";

/** The first letters of SUBORDINATOR's words, either case (w a t i b s u o): it need not run on other subjects. */
const SUBORDINATOR_FIRST = new Set([..."watibsuo", ..."WATIBSUO"].map((c) => c.charCodeAt(0)));
const mayOpenSubordinator = (c: number): boolean => SUBORDINATOR_FIRST.has(c);

/** A sentence opened by a time or place phrase ("During his years in office, Obama said, …"). */
export const LEADING_ADJUNCT =
  /^(?:(?:And|But|So)\s+)?(?:In|On|At|During|After|Before|Since|Over|Throughout|From|Under|Speaking|Asked|Earlier|Later|Last|Previously|When|While|As|Back)\b/;

/**
 * "Lamenting their luck, Mexicans often say, “…”": a participle clause opening the sentence, one comma long, before
 * a speaker whose quotation follows (the clause is the writer's scene, not the start of the words quoted).
 */
export const openedByParticiple = (before: string, quoteOpening: string): boolean =>
  /^\p{Lu}\p{Ll}+ing\b[^,;:“”"]*,$/u.test(before) &&
  before.indexOf(",") === before.length - 1 &&
  // (a quotation opening in lower case goes on with the participle's sentence: "Raising taxes, he said, “would …”")
  /^[\s\u00A0]*(?:''|["“‘'])\p{Lu}/u.test(quoteOpening);

/** A linking word alone before the speaker ("Still, Lee said, …", "However, the mayor said, …"): no content. */
const LINKING_OPENER =
  /^(?:(?:And|But|So)\s+)?(?:Still|However|Yet|Meanwhile|Nevertheless|Nonetheless|Instead|Indeed|Moreover|Besides|Overall|Again|Now|Then|Otherwise|Ultimately|Finally|Separately|Similarly|Likewise|Elsewhere|Additionally|Also|Furthermore|Even\s+so|In\s+(?:turn|fact|response|contrast)|By\s+contrast|For\s+now|For\s+(?:his|her|their|its)\s+part),$/;
/** "In a statement, Smith said, …", "Still, Lee said, …": only an opener before the speaker, no content. */
export const openerOnly = (before: string): boolean =>
  (LEADING_ADJUNCT.test(before) && before.indexOf(",") === before.length - 1) || LINKING_OPENER.test(before);

/** A sentence opened by a participle phrase and its comma ("Presenting the findings at …,", "Officially opening the season,"). */
const OPENING_PARTICIPLE = /^(?:[A-Z][a-z]+ly[\s\u00A0]+[a-z]+ing|[A-Z][a-z]+ing)\b[^,;:“”"]*,[\s\u00A0]+/;
/** Capitalised words and commas, then "and": the portfolios of a long title ("Lands, Agriculture, … and Rural"). */
const TITLE_LIST = /^(?:\p{Lu}[\p{L}-]*,[\s\u00A0]+)+(?:\p{Lu}[\p{L}-]*[\s\u00A0]+)?and[\s\u00A0]+$/u;
/** A finite verb: the opening words are a clause ("Shifting monsoons could affect …,"), not a participle phrase. */
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|must)\b/;

/**
 * The speaker after a sentence's opening participle phrase: "Presenting the findings at the department's office,
 * senior hydrologist X, who led the team, said" — the phrase is no part of the mention, and a title's list of
 * portfolios right after it is ("Officially opening the season, Lands, Agriculture, … Minister Dr X said").
 */
export function pastOpeningParticiple<T extends { start: number; end: number }>(
  text: string,
  sentenceStart: number,
  subject: T | null,
): T | null {
  if (!subject) return subject;
  const m = OPENING_PARTICIPLE.exec(text.slice(sentenceStart, subject.end));
  const after = m && !FINITE.test(m[0]) ? sentenceStart + m[0].length : -1;
  if (after < 0 || after >= subject.end || after === subject.start) return subject;
  if (subject.start < after || TITLE_LIST.test(text.slice(after, subject.start)))
    return { ...subject, start: after };
  return subject;
}

/**
 * "While he acknowledged …, Ham also noted", "… and once he has said his piece, he is ready": a subject right after
 * a fronted subordinator (opening the sentence, or a clause after "and"/"but") opens a clause that ends at its comma
 * (the walk to a pronoun or name leaves the subordinator out); "…, though she noted …" at the end runs on.
 */
const SUBORDINATOR_WORDS = "when|while|although|though|if|because|once|whereas|unless|until|after|before";
const FRONTED_SUBORDINATOR = new RegExp(
  `^(?:(?:and|but|so|yet|back|even|only|now)[\\s\\u00A0]+)?(?:${SUBORDINATOR_WORDS})[\\s\\u00A0]+$`,
  "i",
);
const SUBORDINATOR_AFTER_AND = new RegExp(
  `[\\s\\u00A0,](?:and|but)[\\s\\u00A0]+(?:${SUBORDINATOR_WORDS})[\\s\\u00A0]+$`,
  "i",
);
const afterSubordinator = (text: string, sentenceStart: number, subjectStart: number): boolean =>
  subjectStart - sentenceStart < 24
    ? FRONTED_SUBORDINATOR.test(text.slice(sentenceStart, subjectStart))
    : SUBORDINATOR_AFTER_AND.test(text.slice(subjectStart - 24, subjectStart));

/**
 * The walked subject without a subordinator it opens with ("Although Trump" → "Trump", null when nothing is
 * left), and whether its clause is subordinate: "Although Trump has admitted …, he …" and "the agency, which
 * reported …, is …" end at their comma ("that" opens no subordinate clause).
 */
export function subordinateSubject<T extends { start: number; end: number }>(
  text: string,
  sentenceStart: number,
  subject: T,
): [T | null, boolean] {
  const subordinate =
    text.endsWith("which", subject.end) || afterSubordinator(text, sentenceStart, subject.start);
  const lead = mayOpenSubordinator(text.charCodeAt(subject.start))
    ? SUBORDINATOR.exec(text.slice(subject.start, subject.end))
    : null;
  if (!lead) return [subject, subordinate];
  const rest =
    subject.start + lead[0].length < subject.end
      ? { ...subject, start: subject.start + lead[0].length }
      : null;
  return [rest, !/^that\s/i.test(lead[0])];
}
