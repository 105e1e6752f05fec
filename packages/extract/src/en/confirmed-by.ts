/**
 * "Health facilities in the region have run out of test kits …. This was confirmed by regional health
 * director X yesterday.": the paper states a fact, then names in the next sentence of the same paragraph who
 * vouched for it. "This" points back at the whole sentence before, which is the claim; the "by" agent is its
 * speaker and the passive participle its cue.
 * Papers in Zambia, Nigeria and Brunei name the speaker of a lede in the next paragraph, in the passive ("This was
 * highlighted by Minister X during the launch … yesterday.") or the active ("Minister X said this in Lusaka
 * yesterday when he officiated at …"); so too the speaker of a quotation standing alone in its paragraph ("This was
 * shared by Village Head X when contacted by the Bulletin yesterday."). The paragraph before is then the claim.
 */
import { type ArticleView, type Draft, newDraft, trimSpan } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";

/** When and where the words were said, after the agent: "yesterday", "during the launch of …", "when contacted …". */
const OCCASION_TAIL =
  '(?:,?[\\s\\u00A0]+(?:yesterday|today|(?:on|last)[\\s\\u00A0]+\\w+|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|in[\\s\\u00A0]+an?[\\s\\u00A0][^.;“”"]*|(?:during|at|when|while)[\\s\\u00A0][^.;“”"]*))?';
/** "This was (also) confirmed by X (yesterday | on Monday | in a statement …)." as one sentence. */
const CONFIRMED_BY = new RegExp(
  `^(?:This|That)[\\s\\u00A0]+(?:was|has[\\s\\u00A0]+been|had[\\s\\u00A0]+been)[\\s\\u00A0]+(?:also[\\s\\u00A0]+|later[\\s\\u00A0]+|since[\\s\\u00A0]+)?(confirmed|announced|disclosed|revealed|stated|acknowledged|corroborated|highlighted|shared|said|explained|emphasi[sz]ed|stressed|made[\\s\\u00A0]+known)[\\s\\u00A0]+by[\\s\\u00A0]+([^.;:“”"]+?)${OCCASION_TAIL}[\\s\\u00A0]*\\.$`,
  "d",
);
/** "Minister X said this in Lusaka yesterday when …": a capitalised speaker, a verb and "this", then the occasion. */
const SAID_THIS =
  /^((?:\p{Lu}[\p{L}.’'-]*[\s\u00A0]+(?:(?:of|for|and|the|bin|binti)[\s\u00A0]+)*){1,12})(said|stated|disclosed|revealed|announced|explained|highlighted|emphasi[sz]ed|stressed)[\s\u00A0]+this[\s\u00A0]+(?:in|at|on|during|when|while|yesterday|today)\b[^“”"]*\.$/du;

/** The claims of "This was confirmed by X." sentences whose sentence (or paragraph) before carries no claim. */
export function confirmedByDrafts(view: ArticleView, drafts: readonly Draft[]): Draft[] {
  const { text, sentences } = view;
  const out: Draft[] = [];
  for (let si = 1; si < sentences.length; si++) {
    const s = sentences[si] as Sentence;
    const c0 = text.charCodeAt(s.start);
    if (c0 < 65 || c0 > 90) continue;
    const prev = sentences[si - 1] as Sentence;
    const sentence = text.slice(s.start, s.end).trimEnd();
    const passive = c0 === 84 && /^Th(?:is|at)[\s\u00A0]/.test(sentence) ? CONFIRMED_BY.exec(sentence) : null;
    // (the active form only opens a paragraph and points back across it)
    const active =
      !passive && prev.para !== s.para && sentence.includes(" this ") ? SAID_THIS.exec(sentence) : null;
    const m = passive ?? active;
    if (!m) continue;
    const [agent, cue] = passive ? [m.indices?.[2], m.indices?.[1]] : [m.indices?.[1], m.indices?.[2]];
    if (!cue || !agent) continue;
    // the words pointed back at: the sentence before in the paragraph, or the whole paragraph before when the
    // sentence opens its own (only a single sentence or a quotation standing alone there)
    let from = prev.start;
    if (prev.para !== s.para) {
      let first = si - 1;
      while (first > 0 && (sentences[first - 1] as Sentence).para === prev.para) first--;
      from = (sentences[first] as Sentence).start;
      const para = text.slice(from, prev.end).trim();
      if (first !== si - 1 && !/^“[^“”]*”$/.test(para)) continue;
    }
    // (a sentence already someone's claim is confirmed, not stated by the paper; a quotation standing alone is
    // the agent's, not the one of the paragraph before it runs on from)
    const standsAlone = prev.para !== s.para && text[from] === "“";
    if (!standsAlone && drafts.some((d) => d.cueStart < s.start && d.contentEnd > from)) continue;
    const content = trimSpan(text, from, prev.end);
    if (!content) continue;
    if (standsAlone)
      for (const d of drafts)
        if (d.cueStart < from && d.contentEnd > from) {
          // (back to its own quotation's closing mark when the cue follows it: "“…,” she said.")
          const close = text.lastIndexOf("”", from - 1);
          const end = close >= d.contentStart && close < d.cueStart ? close + 1 : from - 1;
          const kept = trimSpan(text, d.contentStart, Math.max(d.contentStart, end));
          if (kept) d.contentEnd = kept[1];
        }
    const d = newDraft({
      cueStart: s.start + cue[0],
      cueEnd: s.start + cue[1],
      frameStart: s.start,
      frameEnd: s.end,
    });
    [d.contentStart, d.contentEnd] = content;
    [d.mentionStart, d.mentionEnd] = [s.start + agent[0], s.start + agent[1]];
    if (active) d.mentionEnd = s.start + agent[0] + (m[1] as string).trimEnd().length;
    d.rules.push("en.confirmed-by");
    out.push(d);
  }
  return out;
}
