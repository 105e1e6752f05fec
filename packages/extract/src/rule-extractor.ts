import { arabicDrafts } from "./ar/claims.ts";
import { filingDay } from "./ar/filing-day.ts";
import { headlineDrafts, openingDates } from "./ar/headline.ts";
import { quotedName } from "./ar/quoted-name.ts";
import { articleView } from "./article-view.ts";
import { parseDay } from "./calendar-days.ts";
import { kindOf } from "./claim-kind.ts";
import { claimSpeakers } from "./claim-speakers.ts";
import type { ArticleView, Draft } from "./draft.ts";
import { englishDrafts } from "./en/article-drafts.ts";
import { spokespersonName } from "./en/spokesperson-name.ts";
import { detectLanguage } from "./lang.ts";
import { withoutQuotedCues } from "./quoted-cues.ts";
import { scenesOf } from "./scene-sentences.ts";
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
  const speakers = claimSpeakers(view, lang, drafts, publishedAt);
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
        name:
          (lang === "en" && d.mentionStart >= 0
            ? spokespersonName(text.slice(d.mentionStart, d.mentionEnd), entity)
            : null) ??
          entity?.name ??
          null,
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
