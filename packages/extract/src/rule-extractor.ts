import { bodyInTitles, bodyOfData } from "./ar/body-in-title.ts";
import { arabicDrafts } from "./ar/claims.ts";
import { ArabicTitles } from "./ar/coref.ts";
import { dualParties } from "./ar/dual-parties.ts";
import { filingDay } from "./ar/filing-day.ts";
import { headlineDrafts, openingDates } from "./ar/headline.ts";
import { foldWord, UNNAMED_SOURCE_TITLES } from "./ar/lexicon.ts";
import { parseArabicMention } from "./ar/mention.ts";
import { placeNamedBefore } from "./ar/place-named-before.ts";
import { quotedName } from "./ar/quoted-name.ts";
import { surnameInTitle } from "./ar/surname-title.ts";
import { articleView } from "./article-view.ts";
import { parseDay } from "./calendar-days.ts";
import { kindOf } from "./claim-kind.ts";
import type { ArticleView, Draft } from "./draft.ts";
import { englishDrafts } from "./en/article-drafts.ts";
import { ownerOfClause, subjectBeforeClause } from "./en/clause-owner.ts";
import {
  bodyOpeningContent,
  isOwnedOffice,
  nameLedeOffices,
  officeHolderIn,
  withItsOffice,
} from "./en/its-office.ts";
import { identifyLedeSpeaker } from "./en/lede-speaker.ts";
import { parseEnglishMention } from "./en/mention.ts";
import { nameQuotingHeadlineVoices } from "./en/quoted-headline.ts";
import { recallsPastOccasion } from "./en/recalled.ts";
import { nameRestatedVoices } from "./en/restated-opening.ts";
import { declaredShortForms, withShortForms } from "./en/short-forms.ts";
import { madeInStatement, THE_STATEMENT } from "./en/statement-source.ts";
import { ownerOfFiguresBefore } from "./en/team-leader.ts";
import { englishTitleVariants, nameTitledLedeSpeakers } from "./en/titles.ts";
import { implicitSpeaker } from "./implicit-speaker.ts";
import { detectLanguage } from "./lang.ts";
import { type NameMention, nameMentions } from "./names.ts";
import { withoutQuotedCues } from "./quoted-cues.ts";
import { scenesOf } from "./scene-sentences.ts";
import { type Entity, type MentionParse, SpeakerBook } from "./speakers.ts";
import { stateVariants } from "./states.ts";
import { paragraphAt } from "./text/segment.ts";
import { forgetWords } from "./text/word-memo.ts";
import { assignDates } from "./timeline.ts";
import type { ExtractedClaim, ExtractInput, Extractor, ExtractResult, Lang, Span } from "./types.ts";
import { EXTRACTOR_NAME, EXTRACTOR_VERSION } from "./version.ts";

const ID = `${EXTRACTOR_NAME}@${EXTRACTOR_VERSION}`;

const span = (text: string, start: number, end: number): Span => ({
  start,
  end,
  text: text.slice(start, end),
});

/** «مصادر أمنية», «أوساط سياسية», «الجهات المختصة»: sources named by a broken plural of things. */
const FEMININE_PLURAL = /^(?:ال)?(?:مصادر|أوساط|اوساط|جهات|دوائر|تقارير)(?![\p{L}\p{M}])/u;

/** «مصدر مسؤول», «مسؤول كبير في الهيئة»: a source the article will not name later. */
const unnamedSource = (e: Entity): boolean =>
  e.titles.some((t) => UNNAMED_SOURCE_TITLES.has(foldWord(t.split(/\s+/)[0] ?? "").replace(/ا$/u, "")));

/** ", which …" right after a speaker's name: a body, not a person. */
const WHICH_AFTER = /^,[\s\u00A0]+which\b/;
/** "he/his …" or "she/her …" opening reported content. */
const OWN_PRONOUN = /^(?:that\s+)?(?:(he|his)|she|her)\b/i;

/** The Arabic drafts and, when the headline reads «TITLE: words», the headline's. */
function withHeadline(view: ArticleView, drafts: Draft[]): Draft[] {
  return [...headlineDrafts(view, drafts), ...drafts];
}

/** `original` is the caller's text, which the spans quote; the rules read `view.text`, without page furniture. */
function claimsOf(
  view: ArticleView,
  original: string,
  lang: Lang,
  publishedAt: string | null | undefined,
): ExtractedClaim[] {
  const { text, quotes } = view;
  const found = (lang === "ar" ? withHeadline(view, arabicDrafts(view)) : englishDrafts(view)).sort(
    (a, b) => a.cueStart - b.cueStart,
  );
  const drafts = withoutQuotedCues(found, quotes);
  const book = new SpeakerBook(lang === "en" ? englishTitleVariants : stateVariants);
  const speakers: (Entity | null)[] = [];
  let previous: Entity | null = null;
  const genders = new Map<Entity, "m" | "f">();
  // the office of a claim's "its leader" whose speaker is the body (English lede: named later, maybe)
  const offices: (string | null)[] = [];
  // names are registered up to the last claim's speaker words: none after that is ever looked up
  // (English: up to the end of the last speaker words, so that "Police said …" is named by "Esther Mwale,
  // a spokeswoman for the Malawi Police Service, said …" after it)
  let lastAt = -1;
  for (const d of drafts)
    lastAt = Math.max(
      lastAt,
      d.mentionStart >= 0 ? (lang === "en" ? d.mentionEnd : d.mentionStart) : d.cueStart,
    );
  // (one parse per distinct mention in the article, shared by the name scan and the claims)
  const parsed = new Map<string, MentionParse>();
  // ("the WSV" after "the Federal Waterways and Shipping Administration (WSV)": the body by its short form)
  const shortForms = lang === "en" ? declaredShortForms(text) : null;
  const parseMention = (mention: string): MentionParse => {
    let parse = parsed.get(mention);
    if (!parse) {
      parse =
        lang === "ar" ? parseArabicMention(mention) : withItsOffice(mention, parseEnglishMention(mention));
      parsed.set(mention, parse);
    }
    return shortForms ? withShortForms(mention, parse, shortForms) : parse;
  };
  // Arabic: every titled name of the article, so that a headline's «وزير الزراعة» finds the lede's minister
  const cueStarts = drafts.map((d) => d.cueStart);
  const allNames = lang === "ar" ? nameMentions(view, lang, text.length, undefined, cueStarts) : null;
  // (English: also the names of the paragraphs up to the third, so that a lede quoting someone by title alone,
  // "“…,” the premier said.", is named by the scene after it: "Queensland Premier Dana Hale was speaking …")
  const nameEnd =
    lang === "en" ? Math.max(lastAt, view.sentences.findLast((s) => s.para <= 2)?.end ?? 0) : lastAt;
  const names = allNames ? allNames.filter((n) => n.pos < lastAt) : nameMentions(view, lang, nameEnd, parsed);
  const titles = allNames ? new ArabicTitles(view, drafts, allNames, parseMention) : null;
  let nextName = 0;
  // the speaker words of the claim before: a name inside them opens no new subject ("Fianna Fáil
  // councillor Declan Moriarty … said …. “…,” he said": he is the councillor, not his party)
  let spokenEnd = -1;
  // the end of the claims' words so far: a name after it stands outside any claim
  let claimedEnd = -1;
  // the words the previous speaker is reported to have said: a pronoun in them may be someone they named
  let reported: { start: number; end: number } | null = null;
  for (const d of drafts) {
    // full names met before this claim join the book first, so «ترامب» is known as «دونالد ترامب»
    const at = d.mentionStart >= 0 ? d.mentionStart : d.cueStart;
    for (; nextName < names.length && (names[nextName] as NameMention).pos < at; nextName++) {
      const n = names[nextName] as NameMention;
      // («كل من X وY»: the pair names neither of them alone; each party is a name of its own)
      for (const parse of n.parse.parties ?? [n.parse])
        book.register(
          parse,
          n.lead === true && n.pos >= spokenEnd,
          n.knownOnly === true,
          n.pos >= claimedEnd,
        );
    }
    if (d.mentionStart >= 0) spokenEnd = Math.max(spokenEnd, d.mentionEnd);
    claimedEnd = Math.max(claimedEnd, d.contentEnd, d.cueEnd);
    let entity: Entity | null;
    if (d.passive) {
      // «وأفيد بأن …»: nobody is named, and the speaker before does not change
      speakers.push(null);
      continue;
    }
    if (d.mentionStart >= 0) {
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
      entity =
        pair ??
        joint ??
        named ??
        statement ??
        interlocutor ??
        book.resolve(titles?.resolve(d, parse) ?? parse, previous, d.silent);
      if (lang === "en" && entity && !statement && madeInStatement(text, view.sentences, d))
        book.noteStatement(entity);
      if (
        entity?.kind === "organisation" &&
        isOwnedOffice(parse) &&
        !officeHolderIn(book, parse.title as string)
      )
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
      if (
        lang === "en" &&
        entity &&
        !entity.gender &&
        entity.kind === "person" &&
        !parse.pronoun &&
        parse.name
      ) {
        const g = OWN_PRONOUN.exec(text.slice(d.contentStart, Math.min(d.contentEnd, d.contentStart + 12)));
        if (g && d.cueEnd <= d.contentStart) entity.gender = g[1] ? "m" : "f";
      }
    } else if (d.hint) {
      const words = text.slice(d.hint.start, d.hint.end);
      const parse = d.speakerName
        ? { name: null, title: d.speakerName, kind: "unknown" as const, pronoun: false }
        : lang === "ar"
          ? parseArabicMention(words)
          : parseEnglishMention(words);
      entity = book.resolve(parse, previous);
    } else entity = implicitSpeaker(d, speakers, genders) ?? previous;
    speakers.push(entity);
    if (entity) previous = entity;
    if (entity) reported = { start: d.contentStart, end: d.contentEnd };
  }
  // the names after the last claim's speaker words can still give a body its full name
  for (; nextName < names.length; nextName++) {
    const n = names[nextName] as NameMention;
    book.register(n.parse, false, n.knownOnly === true);
  }
  if (lang === "en") {
    const paras = drafts.map((d) => paragraphAt(view.sentences, d.cueStart));
    // (a headline's "says mayor" is the mayor the body names before it is the next person quoted)
    nameTitledLedeSpeakers(book, speakers, paras);
    nameLedeOffices(book, speakers, offices, paras);
    identifyLedeSpeaker(
      speakers,
      paras,
      (para, name) => {
        const first = view.sentences.find((x) => x.para === para);
        return !!first && text.startsWith(name, first.start);
      },
      (p, t) => book.addTitle(p, t),
      (i, p) => {
        const d = drafts[i];
        const s = d && view.sentences.find((x) => x.start <= d.cueStart && d.cueStart < x.end);
        const last = p.nameWords.at(-1);
        return !!s && !!last && book.words(text.slice(s.start, s.end)).includes(last);
      },
    );
    // ("Reservoir boss tells inquiry …" over a lede whose former chief executive is named only below it)
    nameTitledLedeSpeakers(book, speakers, paras);
    const contents = drafts.map((d) => text.slice(d.contentStart, d.contentEnd));
    const mentions = drafts.map((d) => (d.mentionStart >= 0 ? text.slice(d.mentionStart, d.mentionEnd) : ""));
    nameRestatedVoices(speakers, paras, contents, mentions);
    nameQuotingHeadlineVoices(speakers, paras, contents, mentions);
  }
  const published = parseDay(publishedAt);
  // (an Arabic agency story counts its days from the day on its dateline)
  const reference = lang === "ar" ? (filingDay(text, published) ?? published) : published;
  const dates = assignDates(text, lang, drafts, scenesOf(view, lang), view.sentences, reference, speakers);
  if (lang === "ar") openingDates(view, drafts, speakers, dates);
  const claims: ExtractedClaim[] = [];
  const seenContents = new Map<number, Set<number>>(); // content start -> content ends already given
  drafts.forEach((d, i) => {
    if (d.silent) return;
    const ends = seenContents.get(d.contentStart) ?? new Set<number>();
    if (ends.has(d.contentEnd)) return;
    ends.add(d.contentEnd);
    seenContents.set(d.contentStart, ends);
    const entity = speakers[i] ?? null;
    const dated = dates[i];
    claims.push({
      speaker: {
        name: entity?.name ?? null,
        kind: entity?.kind ?? "unknown",
        mention: d.mentionStart >= 0 ? span(original, d.mentionStart, d.mentionEnd) : null,
        titles: entity ? entity.titles.slice() : [],
      },
      cue: span(original, d.cueStart, d.cueEnd),
      content: span(original, d.contentStart, d.contentEnd),
      kind: kindOf(quotes, d, text, lang === "ar" ? quotedName : undefined),
      date: dated?.date ?? null,
      dateSource: dated?.source ? span(original, dated.source.start, dated.source.end) : null,
      why: withRule(d.rules, dated?.source ? (dated.inherited ? "date:running" : "date:own") : "date:none"),
    });
  });
  return claims;
}

/** The rules that fired and the date rule, space-separated. */
const withRule = (rules: string[], last: string): string =>
  rules.length ? `${rules.join(" ")} ${last}` : last;

export const ruleExtractor: Extractor = {
  name: EXTRACTOR_NAME,
  version: EXTRACTOR_VERSION,
  extract(input: ExtractInput): ExtractResult {
    try {
      return extractOrThrow(input);
    } catch (error) {
      // a bug must not take the caller down: report it as the reason, with no claims
      const message = error instanceof Error ? error.message : String(error);
      return {
        extractor: ID,
        lang: null,
        supported: true,
        reason: `extractor error: ${message}`,
        claims: [],
      };
    } finally {
      forgetWords();
    }
  },
};

function extractOrThrow(input: ExtractInput): ExtractResult {
  const text = typeof input?.text === "string" ? input.text : String(input?.text ?? "");
  const decision = detectLanguage(text, input?.lang);
  if (!decision.supported) {
    return {
      extractor: ID,
      lang: decision.lang,
      supported: false,
      reason: `unsupported language: ${decision.lang}`,
      claims: [],
    };
  }
  const view = articleView(text);
  const publishedAt = typeof input?.publishedAt === "string" ? input.publishedAt : null;
  return {
    extractor: ID,
    lang: decision.lang,
    supported: true,
    reason: null,
    claims: claimsOf(view, text, decision.lang, publishedAt),
  };
}
