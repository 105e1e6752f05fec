// Hand-built claims over the sample Arabic article, located by searching the text so the spans are
// exact (UTF-16 offsets, like the extractor's).
import { readFileSync } from "node:fs";
import type { ClaimInput, ExtractionInput, SpanInput } from "../src/index.ts";

export const SAMPLE_TEXT = readFileSync(
  new URL("../../../fixtures/ar-saar-kazakhstan.txt", import.meta.url),
  "utf8",
);

export function spanOf(needle: string, after = 0, text = SAMPLE_TEXT): SpanInput {
  const start = text.indexOf(needle, after);
  if (start < 0) throw new Error(`not in the sample text: ${needle}`);
  return { start, end: start + needle.length, text: needle };
}

const saar = (mention: SpanInput | null) => ({
  name: "جدعون ساعر",
  kind: "person" as const,
  mention,
  titles: ["وزير الخارجية الإسرائيلي"],
});

/** Three claims by Saar: one announced, one said (with a quote), one "pointing out". */
export function sampleClaims(): ClaimInput[] {
  const announce = spanOf("أعلن");
  const said = spanOf("وقال ساعر");
  return [
    {
      speaker: saar(spanOf("وزير الخارجية الإسرائيلي جدعون ساعر")),
      cue: announce,
      content: spanOf("رغبة تل أبيب في تعزيز شراكتها الاقتصادية مع كازاخستان"),
      kind: "indirect",
      date: "2025-11-25",
      dateSource: spanOf("الثلاثاء"),
      why: "cue:أعلن; speaker:apposition",
    },
    {
      speaker: saar({ start: said.start + 5, end: said.end, text: "ساعر" }),
      cue: { start: said.start, end: said.start + 4, text: "وقال" },
      content: spanOf("بلاده تسعى إلى “تعزيز شراكتها الاقتصادية في العديد من المجالات”"),
      kind: "mixed",
      date: "2025-11-25",
      dateSource: null,
      why: "cue:قال إن",
    },
    {
      // a speaker the extractor could not name: stored without a speaker
      speaker: { name: null, kind: "unknown", mention: null, titles: [] },
      cue: spanOf("مشيرا إلى"),
      content: spanOf("زيارته إلى كازاخستان جاءت برفقة وفد اقتصادي وتجاري “رفيع المستوى”"),
      kind: "mixed",
      date: null,
      dateSource: null,
      why: "cue:مشيرا إلى; speaker:unresolved",
    },
  ];
}

export function sampleExtraction(claims = sampleClaims()): ExtractionInput {
  return { extractor: "sayso-ar@0.1.0", lang: "ar", supported: true, reason: null, claims };
}
