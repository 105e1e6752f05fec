import type { ClaimSource, ExportClaim } from "./types.ts";

/** RFC 4180 line end. */
const CRLF = "\r\n";
const BOM = "\uFEFF";

export interface CsvOptions {
  /** Start with a UTF-8 byte order mark so Excel reads the file as UTF-8 (Arabic stays Arabic). */
  bom?: boolean;
  /**
   * Prefix cells that start with = + - @ tab or CR with an apostrophe, so a spreadsheet shows them
   * as text instead of running them as formulas (CSV injection). Changes those cells' text.
   */
  guardFormulas?: boolean;
}

type Cell = string | number | null;

const COLUMNS: ReadonlyArray<readonly [string, (claim: ExportClaim) => Cell]> = [
  ["article_id", (c) => c.articleId],
  ["claim_id", (c) => c.id],
  ["speaker_id", (c) => c.speaker?.id ?? null],
  ["speaker_name", (c) => c.speaker?.name ?? null],
  ["speaker_kind", (c) => c.speaker?.kind ?? null],
  ["mention_start", (c) => c.mention?.start ?? null],
  ["mention_end", (c) => c.mention?.end ?? null],
  ["mention_text", (c) => c.mention?.text ?? null],
  ["cue_start", (c) => c.cue?.start ?? null],
  ["cue_end", (c) => c.cue?.end ?? null],
  ["cue_text", (c) => c.cue?.text ?? null],
  ["content_start", (c) => c.content.start],
  ["content_end", (c) => c.content.end],
  ["content_text", (c) => c.content.text],
  ["kind", (c) => c.kind],
  ["stated_on", (c) => c.statedOn],
  ["stated_on_text", (c) => c.statedOnText],
  ["status", (c) => c.status],
  ["verdict_key", (c) => c.verdict?.key ?? null],
  ["verdict_label", (c) => c.verdict?.label ?? null],
  ["verdict_note", (c) => c.verdictNote],
  ["reviewer", (c) => c.reviewer],
  ["reviewed_at", (c) => c.reviewedAt],
  // "type:claimId" pairs separated by spaces; claim ids never contain either separator
  ["links", (c) => c.links.map((link) => `${link.type}:${link.toClaimId}`).join(" ")],
  ["extractor_name", (c) => c.extractor.name],
  ["extractor_version", (c) => c.extractor.version],
  ["article_title", (c) => c.article.title],
  ["article_url", (c) => c.article.url],
  ["article_outlet", (c) => c.article.outlet],
  ["article_lang", (c) => c.article.lang],
  ["article_published_at", (c) => c.article.publishedAt],
];

export const CSV_COLUMNS: readonly string[] = COLUMNS.map(([name]) => name);

const FORMULA_START = /^[=+\-@\t\r]/;

/** One RFC 4180 field: quoted when it holds a comma, quote, CR or LF; quotes doubled. Null is empty. */
export function csvField(value: Cell, options: CsvOptions = {}): string {
  if (value === null) return "";
  let text = String(value);
  if (options.guardFormulas && typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function csvLine(cells: readonly Cell[], options: CsvOptions): string {
  return cells.map((cell) => csvField(cell, options)).join(",") + CRLF;
}

/** The header row (with the BOM when asked for), CRLF included. */
export function csvHeader(options: CsvOptions = {}): string {
  return (options.bom ? BOM : "") + csvLine(CSV_COLUMNS, {});
}

/** One data row, CRLF included. */
export function claimToCsvRow(claim: ExportClaim, options: CsvOptions = {}): string {
  return csvLine(
    COLUMNS.map(([, cell]) => cell(claim)),
    options,
  );
}

/** The header row, then one row per claim. */
export async function* toCsv(claims: ClaimSource, options: CsvOptions = {}): AsyncGenerator<string> {
  yield csvHeader(options);
  for await (const claim of claims) yield claimToCsvRow(claim, options);
}
