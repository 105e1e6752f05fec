/**
 * A headline, standfirst and lede tell the same news: "Authorities say most of the metro area will go without
 * water …" over "Water service in most of the metro area will be cut …, the state government announced", or
 * "South Korea's military said" under a headline "N. Korea fires missile into East Sea: JCS". A generic voice
 * there ("Authorities", "Officials", "South Korea's military") is the body the opening credits with the same
 * words by name.
 */
import { type Entity, replaceSpeaker } from "../speaker-types.ts";

/** "Authorities", "officials", "police", "the military", "South Korea's military": who, without a name. */
const GENERIC_VOICE =
  /^(?:(?:the\s+)?(?:authorities|officials|police|military|army|government)|\p{Lu}[\p{L}.\s-]*[’']s\s+(?:military|army|armed\s+forces|government|authorities))$/iu;

const STOP = new Set(
  "the a an of in on at to for from and or by with is are was were will would be been has have had its their his her it that this into until least than more most".split(
    " ",
  ),
);
const contentWords = (s: string): Set<string> =>
  new Set((s.toLowerCase().match(/[a-z0-9]+/g) ?? []).filter((w) => w.length > 2 && !STOP.has(w)));

/** How much two contents tell the same news: the share of the shorter one's words in the longer one. */
function sharedNews(a: string, b: string): number {
  const wa = contentWords(a);
  const wb = contentWords(b);
  const [small, big] = wa.size <= wb.size ? [wa, wb] : [wb, wa];
  if (small.size < 4) return 0;
  let shared = 0;
  for (const w of small) if (big.has(w) || big.has(w.replace(/s$/, "")) || big.has(`${w}s`)) shared++;
  return shared / small.size;
}

/**
 * Gives each generic voice of the opening (paragraphs 0–2) the named body of another opening claim that
 * tells the same news. `contents` holds each claim's content, `mentions` its speaker words.
 */
export function nameRestatedVoices(
  speakers: (Entity | null)[],
  paras: number[],
  contents: string[],
  mentions: string[],
): void {
  for (let i = 0; i < speakers.length && (paras[i] ?? 99) <= 2; i++) {
    const e = speakers[i];
    if (!e || !GENERIC_VOICE.test((mentions[i] ?? "").trim())) continue;
    // (the body whose words are nearest, clearly: half of them shared, more than with any other body)
    let named: Entity | null = null;
    let best = 0.5;
    let second = 0;
    for (let j = 0; j < speakers.length && (paras[j] ?? 99) <= 2; j++) {
      const p = speakers[j];
      // (a name of its own: "the Nuevo León government", not "the government")
      if (j === i || !p || p === e || p.kind !== "organisation" || !/\p{Lu}/u.test(p.name ?? "")) continue;
      if (GENERIC_VOICE.test(p.name ?? "")) continue;
      const score = sharedNews(contents[i] ?? "", contents[j] ?? "");
      if (p === named) best = Math.max(best, score);
      else if (score >= best) [named, second, best] = [p, named ? best : second, score];
      else second = Math.max(second, score);
    }
    if (named && second >= best - 0.2) continue;
    if (named) replaceSpeaker(speakers, e, named);
  }
}
