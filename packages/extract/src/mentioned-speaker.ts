import { bodyInTitles, bodyOfData } from "./ar/body-in-title.ts";
import { dualParties } from "./ar/dual-parties.ts";
import { foldWord, UNNAMED_SOURCE_TITLES } from "./ar/lexicon.ts";
import { placeNamedBefore } from "./ar/place-named-before.ts";
import { surnameInTitle } from "./ar/surname-title.ts";
import type { Draft } from "./draft.ts";
import { ownerOfClause, subjectBeforeClause } from "./en/clause-owner.ts";
import { documentWriterClaim } from "./en/document-writer.ts";
import { bodyOpeningContent, bodyOpeningItsWords, isOwnedOffice, officeHolderIn } from "./en/its-office.ts";
import { parseEnglishMention } from "./en/mention.ts";
import { recallsPastOccasion } from "./en/recalled.ts";
import { madeInStatement, THE_STATEMENT } from "./en/statement-source.ts";
import { ownerOfFiguresBefore } from "./en/team-leader.ts";
import { implicitSpeaker } from "./implicit-speaker.ts";
import type { SpeakerPass } from "./speaker-pass.ts";
import type { Entity, MentionParse } from "./speakers.ts";

/** «مصادر أمنية», «أوساط سياسية», «الجهات المختصة»: sources named by a broken plural of things. */
const FEMININE_PLURAL = /^(?:ال)?(?:مصادر|أوساط|اوساط|جهات|دوائر|تقارير)(?![\p{L}\p{M}])/u;

/** «مصدر مسؤول», «مسؤول كبير في الهيئة»: a source the article will not name later. */
const unnamedSource = (e: Entity): boolean =>
  e.titles.some((t) => UNNAMED_SOURCE_TITLES.has(foldWord(t.split(/\s+/)[0] ?? "").replace(/ا$/u, "")));

/** ", which …" right after a speaker's name: a body, not a person. */
const WHICH_AFTER = /^,[\s\u00A0]+which\b/;
/** "he/his …" or "she/her …" opening reported content. */
const OWN_PRONOUN = /^(?:that\s+)?(?:(he|his)|she|her)\b/i;

/** The speaker of a draft whose speaker words are in the text (`reported`: the words the previous speaker said). */
export function mentionedSpeaker(
  p: SpeakerPass,
  d: Draft,
  previous: Entity | null,
  reported: { start: number; end: number } | null,
): Entity | null {
  const { parse, named } = mentionParse(p, d, previous, reported);
  const entity = mentionEntity(p, d, parse, named, previous);
  noteEntityTraits(p, d, parse, entity);
  return entity;
}

/** The parse of the speaker words, and the previous speaker's title now given a name («وتابع العميد …»). */
function mentionParse(
  p: SpeakerPass,
  d: Draft,
  previous: Entity | null,
  reported: { start: number; end: number } | null,
): { parse: MentionParse; named: Entity | null } {
  const { view, text, lang, publishedAt, book, names, parseMention } = p;
  // ("…, citing Export Development Board data. …, the data showed": the body whose data were named)
  const owner = lang === "en" ? ownerOfFiguresBefore(text, d.mentionStart, d.mentionEnd) : null;
  let parse = parseMention(owner ?? text.slice(d.mentionStart, d.mentionEnd));
  // «أنصارها» → «أنصار الحكومة»: a group known by whom it backs, never merged into that body
  if (d.speakerName) parse = { name: null, title: d.speakerName, kind: "unknown", pronoun: false };
  if (lang === "en" && parse.pronoun && recallsPastOccasion(text, d.mentionStart, publishedAt ?? null))
    parse = { ...parse, recalled: true };
  if (lang === "en" && parse.pronoun)
    parse =
      ownerOfClause(text, d.mentionStart, parse, parseMention) ??
      subjectBeforeClause(text, view.sentences, d.mentionStart, names, parse) ??
      parse;
  if (
    lang === "en" &&
    parse.pronoun &&
    reported &&
    reported.start <= d.mentionStart &&
    d.mentionEnd <= reported.end
  )
    parse = { ...parse, reported: true };
  // «أعلن المتحدث باسم الوزارة …» then «وتابع العميد فادي نصر الله …»: the title now has a name
  const named: Entity | null =
    d.continues && previous && !unnamedSource(previous) ? book.nameUnnamed(previous, parse) : null;
  // «وقالت الوزارة» after «المتحدث باسم وزارة الداخلية العراقية»: the body the title named
  if (lang === "ar")
    parse =
      bodyInTitles(parse, book.entities) ??
      bodyOfData(text.slice(d.mentionStart, d.mentionEnd), book.entities) ??
      surnameInTitle(parse, book.entities) ??
      placeNamedBefore(parse, text, d.mentionStart) ??
      parse;
  // "The RMT union will strike …, its leader said": the body the content opens with
  const opening =
    lang === "en" && d.contentEnd <= d.mentionStart
      ? bodyOpeningContent(parse, text.slice(d.contentStart, d.contentEnd), parseEnglishMention)
      : null;
  if (opening) parse = { ...parse, speaksFor: opening };
  else if (lang === "en" && d.contentEnd <= d.mentionStart)
    parse =
      bodyOpeningItsWords(parse, text.slice(d.contentStart, d.contentEnd), parseEnglishMention) ?? parse;
  return { parse, named };
}

/** The entity the speaker words name: a pair, a joint speaker, a named title, a statement's body, or the book's. */
function mentionEntity(
  p: SpeakerPass,
  d: Draft,
  parse: MentionParse,
  named: Entity | null,
  previous: Entity | null,
): Entity | null {
  const { view, text, lang, drafts, book, speakers, genders, names, titles } = p;
  // "…, the statement said" after "X said in a statement": that statement's body
  const statement =
    lang === "en" && THE_STATEMENT.test(text.slice(d.mentionStart, d.mentionEnd))
      ? book.statementSpeaker()
      : null;
  // «وأكدت المتحدثة» after a spokeswoman and then a spokesman: like «وأكدت», the latest speaker of that gender
  const interlocutor =
    lang === "ar" &&
    parse.pronoun &&
    d.mentionEnd - d.mentionStart < 12 &&
    !/\s/u.test(text.slice(d.mentionStart, d.mentionEnd))
      ? implicitSpeaker(d, speakers, genders)
      : null;
  // «وأكد الوزيران …»: the two people just named, one speaker of its own
  const pair = lang === "ar" ? dualParties(text, d, view.sentences, names, drafts, speakers) : null;
  // «الرئيسان X وY»: the two together, one speaker kept out of the book like a dual's
  const joint: Entity | null = parse.joint
    ? { name: parse.name, kind: parse.kind, titles: [], nameWords: [], titleWords: [] }
    : null;
  for (const party of (joint && parse.parties) || []) book.register(party, false);
  // "“…,” the post read." after "X wrote on Facebook that …": the writer the claim before named
  const writerAt =
    lang === "en" && !statement ? documentWriterClaim(text, view.sentences, drafts, speakers.length) : -1;
  const writer = writerAt >= 0 ? (speakers[writerAt] ?? null) : null;
  const entity =
    pair ??
    joint ??
    named ??
    statement ??
    writer ??
    interlocutor ??
    book.resolve(titles?.resolve(d, parse) ?? parse, previous, d.silent);
  if (lang === "en" && entity && !statement && madeInStatement(text, view.sentences, d))
    book.noteStatement(entity);
  return entity;
}

/** What the claim tells about its speaker: an office held for a body, a gender, a body rather than a person. */
function noteEntityTraits(p: SpeakerPass, d: Draft, parse: MentionParse, entity: Entity | null): void {
  const { text, lang, book, speakers, genders, offices } = p;
  if (entity?.kind === "organisation" && isOwnedOffice(parse) && !officeHolderIn(book, parse.title as string))
    offices[speakers.length] = parse.title;
  if (entity && d.gender && !genders.has(entity)) genders.set(entity, d.gender);
  // «بحسب مصادر أمنية» then «وأضاف أن …»: a broken plural of things agrees in the feminine («وأضافت المصادر»)
  if (
    lang === "ar" &&
    entity &&
    !genders.has(entity) &&
    FEMININE_PLURAL.test(text.slice(d.mentionStart, d.mentionEnd))
  )
    genders.set(entity, "f");
  // "Chattr, which is owned by Lumio Inc, said": "which", not "who" — a body, not a person
  if (
    lang === "en" &&
    entity?.kind === "person" &&
    !entity.titles.length &&
    WHICH_AFTER.test(text.slice(d.mentionEnd, d.mentionEnd + 8))
  )
    entity.kind = "organisation";
  // English: "Kell said his players …", "Pelt said she …": a named speaker's own pronoun right after
  // the cue gives the gender that he/she later must match
  if (lang === "en" && entity && !entity.gender && entity.kind === "person" && !parse.pronoun && parse.name) {
    const g = OWN_PRONOUN.exec(text.slice(d.contentStart, Math.min(d.contentEnd, d.contentStart + 12)));
    if (g && d.cueEnd <= d.contentStart) entity.gender = g[1] ? "m" : "f";
  }
}
