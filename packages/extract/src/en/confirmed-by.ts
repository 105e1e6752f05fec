/**
 * "Health facilities in the region have run out of test kits …. This was confirmed by regional health
 * director X yesterday.": the paper states a fact, then names in the next sentence of the same paragraph who
 * vouched for it. "This" points back at the whole sentence before, which is the claim; the "by" agent is its
 * speaker and the passive participle its cue.
 */
import { type ArticleView, type Draft, newDraft, trimSpan } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";

/** "This was (also) confirmed by X (yesterday | on Monday | in a statement …)." as one sentence. */
const CONFIRMED_BY =
  /^(?:This|That)[\s\u00A0]+(?:was|has[\s\u00A0]+been|had[\s\u00A0]+been)[\s\u00A0]+(?:also[\s\u00A0]+|later[\s\u00A0]+|since[\s\u00A0]+)?(confirmed|announced|disclosed|revealed|stated|acknowledged|corroborated)[\s\u00A0]+by[\s\u00A0]+([^.;:“”"]+?)(?:,?[\s\u00A0]+(?:yesterday|today|(?:on|last)[\s\u00A0]+\w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in[\s\u00A0]+an?[\s\u00A0][^.;“”"]*|during[\s\u00A0][^.;“”"]*|at[\s\u00A0][^.;“”"]*))?[\s\u00A0]*\.$/d;

/** The claims of "This was confirmed by X." sentences whose sentence before carries no claim of its own. */
export function confirmedByDrafts(view: ArticleView, drafts: readonly Draft[]): Draft[] {
  const { text, sentences } = view;
  const out: Draft[] = [];
  for (let si = 1; si < sentences.length; si++) {
    const s = sentences[si] as Sentence;
    const c0 = text.charCodeAt(s.start);
    if (c0 !== 84 || !/^Th(?:is|at)[\s\u00A0]/.test(text.slice(s.start, s.start + 5))) continue;
    const prev = sentences[si - 1] as Sentence;
    if (prev.para !== s.para) continue;
    const m = CONFIRMED_BY.exec(text.slice(s.start, s.end).trimEnd());
    if (!m) continue;
    // (a sentence already someone's claim is confirmed, not stated by the paper)
    if (drafts.some((d) => d.cueStart < s.start && d.contentEnd > prev.start)) continue;
    const content = trimSpan(text, prev.start, prev.end);
    if (!content) continue;
    const [cue, agent] = [m.indices?.[1], m.indices?.[2]];
    if (!cue || !agent) continue;
    const d = newDraft({
      cueStart: s.start + cue[0],
      cueEnd: s.start + cue[1],
      frameStart: s.start,
      frameEnd: s.end,
    });
    [d.contentStart, d.contentEnd] = content;
    [d.mentionStart, d.mentionEnd] = [s.start + agent[0], s.start + agent[1]];
    d.rules.push("en.confirmed-by");
    out.push(d);
  }
  return out;
}
