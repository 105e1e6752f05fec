// Scores claims against a gold set the way the evaluation kit's score.mjs does (content spans matched one to
// one at intersection-over-union ≥ 0.5, best first; exact content without a leading complementizer; the
// speaker's name, or for PolNeAR the source span), so that `npm run ab` prints the figures `npm run eval` does.
// Runs under tsx (it reads the extractor's own fold).
import { foldForCompare } from "../packages/extract/src/text/chars.ts";

// (the same fold as the kit's score.mjs: Arabic letter variants, diacritics, case and punctuation)
const fold = (s) => foldForCompare(s ?? "");
const words = (s) => fold(s).split(" ").filter(Boolean);
const core = (s) => fold(s).replace(/^(that|ان|بان|انه|بانه|انها|بانها)\s+/, "");

function speakerOk(name, gold) {
  const p = fold(name);
  if (!p) return false;
  const names = [gold.speaker, ...(gold.speakerAliases ?? [])].map(fold);
  if (names.includes(p) || p.includes(fold(gold.speaker))) return true;
  return words(name).includes(words(gold.speaker).at(-1));
}
const range = (parts) =>
  parts?.length ? [Math.min(...parts.map((f) => f.start)), Math.max(...parts.map((f) => f.end))] : null;
const overlaps = (a, b) => a && b && Math.min(a[1], b[1]) > Math.max(a[0], b[0]);
const iou = (a, b) =>
  Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0])) /
  (Math.max(a[1], b[1]) - Math.min(a[0], b[0]) || 1);
const span = (x) => (x && Number.isInteger(x.start) ? [x.start, x.end] : null);

/** Matches each document's predicted claims (`preds[i]`) to its gold claims; totals and a one-line summary. */
export function matchClaims(docs, preds) {
  const t = {
    gold: 0,
    pred: 0,
    matched: 0,
    exact: 0,
    attributed: 0,
    named: 0,
    nameOk: 0,
    dated: 0,
    dateOk: 0,
  };
  docs.forEach((d, i) => {
    const pred = preds[i];
    t.gold += d.claims.length;
    t.pred += pred.length;
    const pairs = [];
    d.claims.forEach((g, gi) => {
      pred.forEach((p, pi) => {
        const v = iou(range(g.content), span(p.content));
        if (v >= 0.5) pairs.push([v, gi, pi]);
      });
    });
    pairs.sort((a, b) => b[0] - a[0]);
    const usedGold = new Set();
    const usedPred = new Set();
    for (const [, gi, pi] of pairs) {
      if (usedGold.has(gi) || usedPred.has(pi)) continue;
      usedGold.add(gi);
      usedPred.add(pi);
      const g = d.claims[gi];
      const p = pred[pi];
      t.matched++;
      if (core(d.text.slice(...range(g.content))) === core(d.text.slice(p.content.start, p.content.end)))
        t.exact++;
      let ok = true;
      if (g.speaker) {
        t.named++;
        ok = speakerOk(p.speaker?.name, g);
        if (ok) t.nameOk++;
      } else if (g.source?.length) {
        ok = g.source.some((s) => overlaps([s.start, s.end], span(p.speaker?.mention)));
      }
      if (ok) t.attributed++;
      if (g.date) {
        t.dated++;
        if (p.date === g.date) t.dateOk++;
      }
    }
  });
  const round = (x) => +x.toFixed(3);
  const f1 = (tp) => {
    const p = round(t.pred ? tp / t.pred : 0);
    const r = round(t.gold ? tp / t.gold : 0);
    return { p, r, f1: round(p + r ? (2 * p * r) / (p + r) : 0) };
  };
  const two = (x) => (x === null ? "–" : x.toFixed(2));
  const claims = f1(t.matched);
  const summary = [
    `${two(claims.f1)} (${two(claims.p)}/${two(claims.r)})`,
    two(f1(t.exact).f1),
    two(f1(t.attributed).f1),
    two(t.named ? t.nameOk / t.named : null),
    two(t.dated ? t.dateOk / t.dated : null),
  ].join(" ");
  return { totals: t, summary };
}
