// Helpers of the Arabic claim tests: run the extractor on a made-up sentence and read its claims.
import { extract } from "../src/index.ts";
import type { ExtractedClaim } from "../src/types.ts";

/** The claims of an Arabic text published on 2025-11-25 (a Tuesday) unless told otherwise. */
export const run = (text: string, publishedAt = "2025-11-25"): ExtractedClaim[] =>
  extract({ text, publishedAt }).claims;

/** The first claim of the text. */
export const one = (text: string, publishedAt?: string): ExtractedClaim | undefined =>
  run(text, publishedAt)[0];

/** What a reviewer reads of a claim: speaker, cue, content and kind. */
export const brief = (c: ExtractedClaim) => ({
  speaker: c.speaker.name,
  cue: c.cue.text,
  content: c.content.text,
  kind: c.kind,
});
