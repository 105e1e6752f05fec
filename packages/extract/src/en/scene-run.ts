/** English scene sentences that close one speaker's run of statements. */
import type { Draft } from "../draft.ts";
import { paragraphAt, type Sentence } from "../text/segment.ts";
import type { Dated } from "../timeline.ts";

/**
 * English: the first claim of the run of one speaker's statements that a scene sentence closes ("Sim said the
 * wage would rise. … He said the increase would help. … He said this at a press conference here yesterday"): each
 * dated by the running time alone, back from the paragraph before the scene; null when no such run reaches past it.
 */
export function sceneVoice(
  drafts: Draft[],
  out: Dated[],
  speakers: readonly (object | null)[],
  sentences: Sentence[],
  scene: Sentence,
  waiting: number[],
): number | null {
  const last = waiting[waiting.length - 1];
  if (last === undefined || paragraphAt(sentences, (drafts[last] as Draft).cueStart) < scene.para - 1)
    return null;
  const voice = speakers[last];
  if (!voice) return null;
  let first = last;
  for (let i = last - 1; i >= 0; i--) {
    const o = out[i] as Dated;
    if (speakers[i] !== voice || !o.inherited || o.undated || !waiting.includes(i)) break;
    first = i;
  }
  return first < last ? first : null;
}
