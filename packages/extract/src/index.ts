export type * from "./types.ts";

import { ruleExtractor } from "./rule-extractor.ts";
import type { ExtractInput, ExtractResult } from "./types.ts";

export { detectLanguage } from "./lang.ts";
export { ruleExtractor } from "./rule-extractor.ts";
export { EXTRACTOR_NAME, EXTRACTOR_VERSION } from "./version.ts";

/** Extracts attributed claims with the rule extractor. Never throws. */
export const extract = (input: ExtractInput): ExtractResult => ruleExtractor.extract(input);
