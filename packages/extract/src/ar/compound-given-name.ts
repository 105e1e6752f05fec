// «عوض الله», «سر الختم», «نور الدين», «فضل المولى»: a given name in two words, the second a definite word of
// God or the faith. Long names (Sudanese, Maghrebi) then reach five words while naming four people's parts.
import { withoutHarakat } from "../text/chars.ts";

const SECOND_PARTS = new Set([
  "الله",
  "الدين",
  "الرحمن",
  "النبي",
  "الرسول",
  "المولى",
  "الختم",
  "الإسلام",
  "الهدى",
]);
const JOINERS = /^(?:عبد|أبو|أبي|ابن|بن|بنت|أم|آل|ولد|ود)$/u;

/** The word is the second half of a compound given name («الله» after «عوض», not after «عبد»: a joiner). */
export function compoundNameTail(prev: string | undefined, word: string): boolean {
  if (!prev || !SECOND_PARTS.has(withoutHarakat(word))) return false;
  const p = withoutHarakat(prev);
  return /^\p{L}{2,}$/u.test(p) && !p.startsWith("ال") && !JOINERS.test(p);
}
