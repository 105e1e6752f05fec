// "X asked the Minister in Tynwald on Tuesday whether …. Replying, Minister Y said …": a reply is given where and
// when the question was put, so it takes the question's day (not the story's running day).
import type { Draft } from "../draft.ts";
import type { Sentence } from "../text/segment.ts";
import { firstAtOrAfter } from "../text/sorted.ts";
import type { Dated } from "../timeline.ts";

const REPLYING = /^(?:Replying|Responding|Answering|In[\s\u00A0]+(?:reply|response))\b[^,.;]{0,60},/;
const ASKING = /(?:^|[\s\u00A0])(?:ask(?:s|ed)?|question(?:s|ed)?)$/i;

/** The dated question (a silent draft) just before claim i, when claim i's sentence opens with "Replying,". */
export function replyTakesQuestionDay(
  text: string,
  sentences: Sentence[],
  drafts: readonly Draft[],
  out: readonly (Dated | undefined)[],
  i: number,
): Dated | null {
  const d = drafts[i] as Draft;
  const si = firstAtOrAfter(sentences, d.cueStart, (s) => s.end);
  const s = sentences[si];
  if (!s || s.start > d.cueStart || !REPLYING.test(text.slice(s.start, s.start + 80))) return null;
  for (let j = i - 1; j >= 0; j--) {
    const q = drafts[j] as Draft;
    if (q.cueStart < s.start - 600) break;
    if (!q.silent || !ASKING.test(text.slice(q.cueStart, q.cueEnd))) continue;
    const dated = out[j];
    return dated?.date ? dated : null;
  }
  return null;
}
