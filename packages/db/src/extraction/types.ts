// The shape of an extraction as the store takes it. Structurally identical to ExtractResult and
// ExtractedClaim of @sayso/extract, which this package must not import.

/** [start, end) in UTF-16 code units of the article text, and text === article.slice(start, end). */
export interface SpanInput {
  start: number;
  end: number;
  text: string;
}

export interface ClaimSpeakerInput {
  /** The fullest name the article gives, or null when none could be resolved. */
  name: string | null;
  kind: "person" | "organisation" | "unknown";
  mention: SpanInput | null;
  titles: string[];
}

export interface ClaimInput {
  speaker: ClaimSpeakerInput;
  cue: SpanInput;
  content: SpanInput;
  kind: "direct" | "indirect" | "mixed";
  /** YYYY-MM-DD */
  date: string | null;
  dateSource: SpanInput | null;
  why: string;
}

export interface ExtractionInput {
  /** name@version */
  extractor: string;
  lang: string | null;
  supported: boolean;
  /** Why there are no claims, e.g. "unsupported language: fr". */
  reason: string | null;
  claims: ClaimInput[];
}

export interface SaveExtractionResult {
  /** New claims written. */
  inserted: number;
  /** Claims a person had touched (reviewed, edited, linked), left as they were. */
  kept: number;
  /** Untouched claims of the previous extraction, deleted. */
  removed: number;
}
