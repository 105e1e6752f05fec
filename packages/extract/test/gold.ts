// Scores the extractor on a folder of hand-made gold (fixtures/<folder>/*.gold.json) the way the
// evaluation kit's score.mjs does: a claim matches a gold claim (one to one, best first) when their
// content spans overlap with intersection-over-union ≥ 0.5; a speaker is right when its folded name is
// the gold name or an alias, contains the gold name, or contains its last word.
import { readdirSync, readFileSync } from "node:fs";
import { extract } from "../src/index.ts";
import { foldForCompare } from "../src/text/chars.ts";
import type { ExtractedClaim } from "../src/types.ts";

interface GoldClaim {
  speaker: string | null;
  speakerAliases?: string[];
  content: { span: [number, number] };
  date: string | null;
}
interface GoldArticle {
  lang: "ar" | "en";
  publishedAt: string;
  textFile: string;
  claims: GoldClaim[];
}

export interface GoldScore {
  gold: number;
  predicted: number;
  matched: number;
  /** matched claims whose speaker is right */
  attributed: number;
  /** matched claims with a gold date, and those whose date is right */
  dated: number;
  datedRight: number;
}

const iou = (a: [number, number], b: [number, number]): number =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0])) /
  (Math.max(a[1], b[1]) - Math.min(a[0], b[0]) || 1);

export function speakerMatches(name: string | null, gold: GoldClaim): boolean {
  if (!gold.speaker) return true;
  const predicted = foldForCompare(name ?? "");
  if (!predicted) return false;
  const speaker = foldForCompare(gold.speaker);
  const names = [gold.speaker, ...(gold.speakerAliases ?? [])].map(foldForCompare);
  if (names.includes(predicted) || predicted.includes(speaker)) return true;
  return predicted.split(" ").includes(speaker.split(" ").at(-1) as string);
}

/** The scorer's counts over every article of fixtures/<folder>. */
export function scoreGold(folder: string): GoldScore {
  const dir = new URL(`../../../fixtures/${folder}/`, import.meta.url);
  const t: GoldScore = { gold: 0, predicted: 0, matched: 0, attributed: 0, dated: 0, datedRight: 0 };
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".gold.json"))) {
    const gold = JSON.parse(readFileSync(new URL(file, dir), "utf8")) as GoldArticle;
    const text = readFileSync(new URL(gold.textFile, dir), "utf8").replace(/^\uFEFF/, "");
    const claims = extract({ text, lang: gold.lang, publishedAt: gold.publishedAt }).claims;
    t.gold += gold.claims.length;
    t.predicted += claims.length;
    const pairs: [number, number, number][] = [];
    gold.claims.forEach((g, gi) => {
      claims.forEach((c, pi) => {
        const v = iou(g.content.span, [c.content.start, c.content.end]);
        if (v >= 0.5) pairs.push([v, gi, pi]);
      });
    });
    pairs.sort((a, b) => b[0] - a[0]);
    const usedGold = new Set<number>();
    const usedPredicted = new Set<number>();
    for (const [, gi, pi] of pairs) {
      if (usedGold.has(gi) || usedPredicted.has(pi)) continue;
      usedGold.add(gi);
      usedPredicted.add(pi);
      const g = gold.claims[gi] as GoldClaim;
      const c = claims[pi] as ExtractedClaim;
      t.matched++;
      if (speakerMatches(c.speaker.name, g)) t.attributed++;
      if (g.date) {
        t.dated++;
        if (c.date === g.date) t.datedRight++;
      }
    }
  }
  return t;
}
