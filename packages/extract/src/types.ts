/** A part of the article: [start, end) in UTF-16 code units, and text === article.slice(start, end). */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export type ClaimKind = "direct" | "indirect" | "mixed";
export type SpeakerKind = "person" | "organisation" | "unknown";
export type Lang = "ar" | "en";

export interface ExtractedSpeaker {
  /**
   * The fullest name the article gives for the speaker; for a source the article never names, its
   * description («مصدر مسؤول», "senior official") with kind "unknown"; null when there is no speaker.
   */
  name: string | null;
  kind: SpeakerKind;
  /** The words in the text that refer to the speaker at this claim, where there are such words. */
  mention: Span | null;
  /** Titles seen for the speaker in the article ("وزير الخارجية الإسرائيلي", "the senator"). */
  titles: string[];
}

export interface ExtractedClaim {
  speaker: ExtractedSpeaker;
  cue: Span;
  content: Span;
  kind: ClaimKind;
  /** When it was said, YYYY-MM-DD, resolved against the publication date. */
  date: string | null;
  /** The words the date came from. */
  dateSource: Span | null;
  /** Which rules fired, for reviewers and debugging. */
  why: string;
}

export interface ExtractInput {
  text: string;
  /** Caller's language; detected when absent. */
  lang?: string | null;
  /** YYYY-MM-DD */
  publishedAt?: string | null;
}

export interface ExtractResult {
  extractor: string; // name@version
  lang: string | null;
  supported: boolean;
  /** Why there are no claims, e.g. "unsupported language: fr". */
  reason: string | null;
  claims: ExtractedClaim[];
}

export interface Extractor {
  readonly name: string;
  readonly version: string;
  extract(input: ExtractInput): ExtractResult;
}
