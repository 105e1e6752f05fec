// Helpers of the English claim tests: run the extractor on a made-up text and find a claim in it.
import { extract } from "../src/index.ts";
import type { ExtractedClaim } from "../src/types.ts";

/** A runner for English texts published on a test file's story day, unless a call gives another. */
export const englishOn =
  (storyDay: string) =>
  (text: string, publishedAt = storyDay): ExtractedClaim[] =>
    extract({ text, publishedAt, lang: "en" }).claims;

/** The claim whose content contains these words. */
export const said = (claims: ExtractedClaim[], content: string): ExtractedClaim | undefined =>
  claims.find((c) => c.content.text.includes(content));
