// The claims of an English article: each sentence's reporting verbs, then colon, speaker-line, noun and framing cues.

import type { ArticleView, Draft } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { accordingToDrafts, giveMainSubject } from "./according.ts";
import { asReportedDrafts } from "./as-reported.ts";
import { butSamePronounGoesOn } from "./but-same-pronoun.ts";
import { inChronology } from "./chronology.ts";
import { TOKEN_REACH, verbClaim } from "./claims.ts";
import { insideLastContent, pairsWithParticiple, pronounGoesOnReport } from "./clause-membership.ts";
import { confirmedByDrafts } from "./confirmed-by.ts";
import { coordinatedDirective } from "./coordinated-directive.ts";
import { cueWords } from "./cue-words.ts";
import { trimContentEdges } from "./edges.ts";
import { framingDrafts } from "./framing.ts";
import { bodyNameEnd, titleCaseHeadlineEnd } from "./headline-case.ts";
import { nounInHeadline } from "./headline-nouns.ts";
import { headlineObjectOnly } from "./headline-object.ts";
import { interviewAnswerDrafts } from "./interview.ts";
import { colonDrafts, speakerLineDrafts, verbFirstColonDrafts } from "./layout.ts";
import { mannerColonDrafts } from "./manner-colon.ts";
import { inOpeningQuestion } from "./no-statement.ts";
import { nounFromDrafts } from "./noun-from.ts";
import { nounDrafts } from "./nouns.ts";
import { outletReportDrafts } from "./outlet-report.ts";
import { ownAdmissionDrafts } from "./own-admission.ts";
import { withoutOwnStatementSource } from "./own-statement-source.ts";
import { perSourceDrafts } from "./per-source.ts";
import { pressedOnTopic } from "./pressed-on.ts";
import { closingQuotedAsDraft } from "./quoted-as.ts";
import { noObjectOnlyClaims, type ObjectOnlyClaims, withoutRelayedOrNested } from "./relayed-or-nested.ts";
import { contentStops } from "./stops.ts";
import { continuesPresentReport, reportContinued } from "./tense-shift.ts";
import { askedAbout, countedPlural, nameGivenBetweenCommas, toldWithoutHearer } from "./token-shapes.ts";
import { isHeadline, verbHits } from "./verbs.ts";
import type { Walks } from "./walks.ts";
import { wantedThing } from "./wanted-thing.ts";

/** The claims of one sentence cued by its reporting verbs, in verb order. */
function sentenceDrafts(
  view: ArticleView,
  si: number,
  floor: number,
  candidates: number[],
  marks: ObjectOnlyClaims,
): Draft[] {
  const s = view.sentences[si] as Sentence;
  const { text } = view;
  // tokens up to a little past the last reporting word: enough for subjects, hearers and "that"
  let last = s.start;
  for (const c of candidates) if (c >= s.start && c < s.end && c > last) last = c;
  const toks = tokensForward(text, s.start, Math.min(s.end, last + TOKEN_REACH), 100_000);
  const hits = verbHits(toks, candidates, isHeadline(view, si, toks));
  if (!hits.length) return [];
  const out: Draft[] = [];
  const walks: Walks = { from: [], subjects: [] };
  const stops = contentStops(text, s, toks, hits, candidates, walks);
  for (const hit of hits) {
    // ("Q: Why do critics say the plan failed?": a question says nothing)
    if (inOpeningQuestion(text, s, (toks[hit.index] as Token).start)) continue;
    // ("Flood warning for the valley": a noun compound in the headline; "residents told to leave": a passive)
    if (nounInHeadline(view, si, toks, hit.index) || toldWithoutHearer(toks, hit.index)) continue;
    // ("We lose two calls a week": a counted plural; "The phone, called the Fold X, has …": a name given)
    if (countedPlural(toks, hit.index) || nameGivenBetweenCommas(toks, hit.index)) continue;
    // ("Police say he posed a threat and refused to …": the past-tense verb is the reported clause's)
    if (continuesPresentReport(toks, hits, hit) && reportContinued(out, (toks[hit.index] as Token).start))
      continue;
    // ("said the wait was “not acceptable” and she had asked …": the reported clause goes on)
    // ("… describing the fire as “payback” and asking whether …": so does a participle paired with another)
    if (
      (pronounGoesOnReport(toks, hits, hit) || pairsWithParticiple(toks, hits, hit)) &&
      insideLastContent(out, (toks[hit.index] as Token).start)
    )
      continue;
    // ("says she hopes to win, but she knows that …": the attitude goes on with what was said)
    const at = (toks[hit.index] as Token).start;
    if (butSamePronounGoesOn(toks, hits, hit) && out.some((o) => o.contentStart < at && at < o.contentEnd))
      continue;
    // ("said bookings held up, although tour groups had asked about refunds": a question's topic inside the
    // speaker's words is part of them)
    if (askedAbout(toks, hit.index, hit.base) && insideLastContent(out, (toks[hit.index] as Token).start))
      continue;
    const d =
      verbClaim(view, si, floor, toks, hit, walks, stops, out, marks) ??
      (hit.participle ? closingQuotedAsDraft(view, s, toks, hit.index, walks, floor) : null);
    // ("Obama Says Museum Will Tell of …": a speaker is never read across a verb that made a claim)
    if (d && !out.some((o) => d.mentionStart <= o.cueStart && o.cueEnd <= d.mentionEnd)) out.push(d);
  }
  return out;
}

/** Claims of one English article in text order, before speakers and dates are resolved. */
export function englishDrafts(view: ArticleView): Draft[] {
  const drafts: Draft[] = [
    ...colonDrafts(view),
    ...verbFirstColonDrafts(view),
    ...speakerLineDrafts(view),
    ...mannerColonDrafts(view),
  ];
  let floor = 0;
  const marks = noObjectOnlyClaims();
  const cues = cueWords(view);
  for (const [si, candidates] of cues.sentences) {
    const s = view.sentences[si] as Sentence;
    // ("2025 — Council rejects the plan", "March 3: Ministry announces …": a timeline's entry)
    if (inChronology(view.text, view.sentences, si, candidates)) continue;
    // "according to" can only be where the prefilter found "according"/"According"
    const according = candidates.some((c) => view.text.startsWith("ccording", c + 1));
    const found = sentenceDrafts(view, si, floor, candidates, marks);
    if (according) for (const d of accordingToDrafts(view, s, floor)) found.push(d);
    if (!found.length) for (const d of asReportedDrafts(view, s, floor)) found.push(d);
    for (const d of found) {
      if (d.inherits) giveMainSubject(view, s, d, drafts);
      if (!trimContentEdges(view, d)) continue;
      if (coordinatedDirective(view.text, d) || pressedOnTopic(view.text, d) || wantedThing(view.text, d))
        continue;
      drafts.push(d);
      // a cue inside a quotation is dropped later; it must not hide the quotation from later claims
      if (!quoteAt(view.quotes, d.cueStart)) floor = Math.max(floor, d.contentEnd);
    }
  }
  for (const d of nounDrafts(view, cues.nouns)) drafts.push(d);
  // ("warnings from his lawyer that … since the clerk said …": words holding another's claim are left out)
  for (const d of nounFromDrafts(view, cues.nouns))
    if (!drafts.some((o) => o.cueStart >= d.contentStart && o.cueEnd <= d.contentEnd)) drafts.push(d);
  for (const d of outletReportDrafts(view)) drafts.push(d);
  for (const d of [...framingDrafts(view), ...perSourceDrafts(view), ...ownAdmissionDrafts(view)])
    drafts.push(d);
  for (const d of interviewAnswerDrafts(view, drafts)) drafts.push(d);
  for (const d of confirmedByDrafts(view, drafts)) drafts.push(d);
  const bodyStart = titleCaseHeadlineEnd(view);
  for (const d of drafts)
    if (d.mentionStart >= 0 && d.mentionEnd <= bodyStart)
      d.mentionEnd = bodyNameEnd(view.text, d.mentionStart, d.mentionEnd, bodyStart);
  // ("MCP rejects tally": a headline's verb and its noun object, no one's words; its speaker stays in focus)
  for (const d of drafts) if (headlineObjectOnly(view, d)) d.silent = true;
  return withoutRelayedOrNested(view, withoutOwnStatementSource(view, drafts), marks);
}
