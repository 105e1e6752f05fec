/** "As reported by the Herald, …", "As stated in the audit, …": a source in a participle clause opening the sentence. */
import { type ArticleView, type Draft, newDraft, trimSpan } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";

/** The opening "As (first) reported by X," — groups: the participle, the source. */
const AS_REPORTED =
  /^As[\s\u00A0]+(?:(?:first|previously|earlier|originally)[\s\u00A0]+)?(reported|stated|noted|announced|revealed|detailed|outlined|documented)[\s\u00A0]+(?:by|in)[\s\u00A0]+([^,;:“”"]{2,80}),[\s\u00A0]+/;

/** The day after the source ("by Reuters on Monday"): when it was reported, not who. */
const SOURCE_DAY =
  /[\s\u00A0]+(?:(?:on[\s\u00A0]+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today|(?:last|this|earlier[\s\u00A0]+this)[\s\u00A0]+(?:week|month|year))$/;

/** The claim of a sentence that opens "As reported by X, …", or none. */
export function asReportedDrafts(view: ArticleView, s: Sentence, floor: number): Draft[] {
  const { text } = view;
  if (s.start < floor || text[s.start] !== "A") return [];
  const m = AS_REPORTED.exec(text.slice(s.start, Math.min(s.end, s.start + 120)));
  if (!m) return [];
  const participle = m[1] as string;
  const cueStart = s.start + m[0].indexOf(participle);
  const source = (m[2] as string).replace(SOURCE_DAY, "");
  const mentionStart = s.start + m[0].lastIndexOf(m[2] as string);
  const content = trimSpan(text, s.start + m[0].length, s.end);
  if (!content) return [];
  const d = newDraft({
    cueStart,
    cueEnd: cueStart + participle.length,
    mentionStart,
    mentionEnd: mentionStart + source.length,
    contentStart: content[0],
    contentEnd: content[1],
    frameStart: s.start,
    frameEnd: s.end,
  });
  d.rules.push("en.as-reported");
  return [d];
}
