// Splits an article into paragraphs and those into segments at every span boundary, so that
// overlapping and nested claim spans can be rendered as flat, non-overlapping <span>s.
// All offsets are UTF-16 code units — the unit of JS strings — so text.slice(start, end) is exact.

export type SpanRole = "mention" | "cue" | "content";
export const SPAN_ROLES: readonly SpanRole[] = ["mention", "cue", "content"];

export interface Range {
  start: number;
  end: number;
}

export interface ClaimSpans {
  id: string;
  mention: Range | null;
  cue: Range | null;
  content: Range;
}

export interface Segment extends Range {
  text: string;
  /** Ids of the claims whose span of that role covers this segment. */
  roles: Record<SpanRole, string[]>;
}

export interface Paragraph extends Range {
  segments: Segment[];
}

/** Lines of the text as [start, end) ranges, without the line breaks; blank lines are dropped. */
export function paragraphRanges(text: string): Range[] {
  const ranges: Range[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text[i] === "\n") {
      if (text.slice(start, i).trim() !== "") ranges.push({ start, end: i });
      start = i + 1;
    }
  }
  return ranges;
}

function isValidRange(range: Range | null, length: number): range is Range {
  return (
    range !== null &&
    Number.isInteger(range.start) &&
    Number.isInteger(range.end) &&
    range.start >= 0 &&
    range.end <= length &&
    range.start < range.end
  );
}

interface RoleSpan extends Range {
  claimId: string;
  role: SpanRole;
}

/** Spans that do not fit the text (stale or corrupt offsets) are left out rather than mis-drawn. */
export function roleSpans(text: string, claims: readonly ClaimSpans[]): RoleSpan[] {
  const spans: RoleSpan[] = [];
  for (const claim of claims) {
    for (const role of SPAN_ROLES) {
      const range = claim[role];
      if (isValidRange(range, text.length))
        spans.push({ start: range.start, end: range.end, claimId: claim.id, role });
    }
  }
  return spans;
}

export function segmentArticle(text: string, claims: readonly ClaimSpans[]): Paragraph[] {
  const spans = roleSpans(text, claims);
  return paragraphRanges(text).map((paragraph) => {
    const cuts = new Set<number>([paragraph.start, paragraph.end]);
    for (const span of spans) {
      if (span.start > paragraph.start && span.start < paragraph.end) cuts.add(span.start);
      if (span.end > paragraph.start && span.end < paragraph.end) cuts.add(span.end);
    }
    const sorted = [...cuts].sort((a, b) => a - b);
    const segments: Segment[] = [];
    for (let i = 0; i + 1 < sorted.length; i++) {
      const start = sorted[i] as number;
      const end = sorted[i + 1] as number;
      const roles: Record<SpanRole, string[]> = { mention: [], cue: [], content: [] };
      for (const span of spans) {
        if (span.start <= start && span.end >= end && !roles[span.role].includes(span.claimId)) {
          roles[span.role].push(span.claimId);
        }
      }
      segments.push({ start, end, text: text.slice(start, end), roles });
    }
    return { ...paragraph, segments };
  });
}

/** Writing direction for an article language; unknown languages let the browser decide. */
export function directionOf(lang: string | null | undefined): "rtl" | "ltr" | "auto" {
  if (!lang) return "auto";
  const base = lang.toLowerCase().split(/[-_]/)[0] ?? "";
  if (["ar", "fa", "he", "ur", "ps", "ckb", "yi", "dv", "sd", "ug"].includes(base)) return "rtl";
  return "ltr";
}
