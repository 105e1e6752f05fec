export type * from "./types.ts";
import type { ExtractInput, ExtractResult, Extractor } from "./types.ts";

// Placeholder until the rule extractor lands.
export const ruleExtractor: Extractor = {
  name: "sayso-rules",
  version: "0.0.0",
  extract(input: ExtractInput): ExtractResult {
    return { extractor: "sayso-rules@0.0.0", lang: input.lang ?? null, supported: true, reason: null, claims: [] };
  },
};
export const extract = (input: ExtractInput): ExtractResult => ruleExtractor.extract(input);
