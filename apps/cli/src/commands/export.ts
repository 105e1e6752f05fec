import { open, rename, rm } from "node:fs/promises";
import { finished } from "node:stream/promises";
import {
  checkDb,
  createDb,
  DbUnavailableError,
  type ExportStatusFilter,
  exportClaims,
  isConnectionError,
} from "@sayso/db";
import {
  type ClaimReviewOptions,
  type ExportClaim,
  toAnnotationCollection,
  toAnnotationLines,
  toClaimReviewLines,
  toCsv,
  toJsonl,
  writeChunks,
} from "@sayso/export";
import { type Command, InvalidArgumentError, Option } from "commander";
import { getConfig } from "../config.ts";
import { CliError, UsageError } from "../errors.ts";

const FORMATS = ["jsonl", "csv", "claimreview", "annotation"] as const;
const STATUSES = ["verified", "all", "unreviewed", "rejected", "needs_work"] as const;

interface ExportOptions {
  format: (typeof FORMATS)[number];
  status: ExportStatusFilter;
  article?: string;
  out?: string;
  excel?: boolean;
  collection?: boolean;
  orgName?: string;
  orgUrl?: string;
  reviewUrl?: string;
  bestRating?: number;
  worstRating?: number;
}

const HELP = `
Spans are [start, end) in UTF-16 code units of the stored article text, except in the
annotation format, whose TextPositionSelector counts Unicode code points as the W3C model says.

Formats:
  jsonl        one claim per line: article id, speaker, mention/cue/content spans, kind, date,
               review status, verdict, links, extractor
  csv          RFC 4180 (CRLF, quoted fields, header row); --excel adds a UTF-8 BOM and
               neutralises cells that a spreadsheet would run as formulas
  claimreview  schema.org ClaimReview JSON-LD, one per line, for claims that have a verdict
               (needs --org-name)
  annotation   W3C Web Annotation JSON-LD, one per line, or one AnnotationCollection with --collection

Examples:
  sayso export --format jsonl --status all > claims.jsonl
  sayso export --format csv --excel --out claims.csv
  sayso export --format claimreview --org-name "Example Fact Check" --org-url https://factcheck.example \\
    --review-url "https://factcheck.example/checks/{id}" --best-rating 1 --worst-rating 4
  (the default rating levels run from 1 = True to 4 = False; Unverifiable, at 5, gets only its label)`;

function integer(value: string): number {
  const number = Number(value);
  if (!Number.isInteger(number)) throw new InvalidArgumentError("not an integer");
  return number;
}

function claimReviewOptions(options: ExportOptions): ClaimReviewOptions {
  if (!options.orgName)
    throw new UsageError("--format claimreview needs --org-name (the fact-checking organisation)");
  const { reviewUrl, bestRating, worstRating } = options;
  if (reviewUrl && !reviewUrl.includes("{id}")) throw new UsageError("--review-url must contain {id}");
  if ((bestRating === undefined) !== (worstRating === undefined)) {
    throw new UsageError("--best-rating and --worst-rating go together");
  }
  if (!reviewUrl) {
    console.error(
      "sayso: without --review-url the reviews have no url, which Google's fact-check markup requires",
    );
  }
  return {
    organization: { name: options.orgName, ...(options.orgUrl && { url: options.orgUrl }) },
    ...(reviewUrl && { reviewUrl: (claim) => reviewUrl.replaceAll("{id}", encodeURIComponent(claim.id)) }),
    ...(bestRating !== undefined &&
      worstRating !== undefined && { ratingScale: { bestRating, worstRating } }),
  };
}

type Serialiser = (claims: AsyncIterable<ExportClaim>, skipped: { count: number }) => AsyncIterable<string>;

/** Checks the format's options (a usage error, before any connection) and picks its serialiser. */
function serialiser(options: ExportOptions): Serialiser {
  if (options.excel && options.format !== "csv") throw new UsageError("--excel applies to --format csv only");
  if (options.collection && options.format !== "annotation") {
    throw new UsageError("--collection applies to --format annotation only");
  }
  switch (options.format) {
    case "jsonl":
      return (claims) => toJsonl(claims);
    case "csv":
      return (claims) => toCsv(claims, { bom: options.excel, guardFormulas: options.excel });
    case "claimreview": {
      const reviewOptions = claimReviewOptions(options);
      return (claims, skipped) => toClaimReviewLines(claims, reviewOptions, () => skipped.count++);
    }
    case "annotation":
      return (claims) =>
        options.collection
          ? toAnnotationCollection(claims, { label: "sayso claims" })
          : toAnnotationLines(claims);
  }
}

async function* counted<T>(items: AsyncIterable<T>, tally: { count: number }): AsyncGenerator<T> {
  for await (const item of items) {
    tally.count++;
    yield item;
  }
}

/** A file-system failure (it carries the path) as a one-line message naming the output file. */
function asFileError(path: string, error: unknown): unknown {
  const failure = error as NodeJS.ErrnoException;
  return typeof failure?.path === "string" ? new CliError(`cannot write ${path}: ${failure.message}`) : error;
}

/** Writes to a temporary file next to `path` and renames it into place only when complete. */
async function writeFileAtomically(path: string, chunks: AsyncIterable<string>): Promise<void> {
  const partial = `${path}.partial-${process.pid}`;
  const handle = await open(partial, "w").catch((error: unknown) => {
    throw asFileError(path, error);
  });
  const file = handle.createWriteStream({ encoding: "utf8" });
  file.on("error", () => {}); // a failed write surfaces through writeChunks or finished()
  try {
    await writeChunks(chunks, file);
    file.end();
    await finished(file);
    await rename(partial, path);
  } catch (error) {
    file.destroy();
    await rm(partial, { force: true });
    throw asFileError(path, error);
  }
}

async function writeStdout(chunks: AsyncIterable<string>): Promise<void> {
  try {
    await writeChunks(chunks, process.stdout);
  } catch (error) {
    // the reader went away (`sayso export … | head`): stop quietly, as Unix tools do
    if ((error as { code?: string }).code === "EPIPE") return;
    throw error;
  }
}

async function runExport(options: ExportOptions): Promise<void> {
  const serialise = serialiser(options);
  const skipped = { count: 0 };
  const exported = { count: 0 };
  const { databaseUrl } = getConfig();
  const db = createDb(databaseUrl);
  try {
    await checkDb(db);
    const rows = exportClaims(db, { status: options.status, articleId: options.article });
    const chunks = serialise(counted(rows, exported), skipped);
    if (options.out) await writeFileAtomically(options.out, chunks);
    else await writeStdout(chunks);
  } catch (error) {
    if (error instanceof DbUnavailableError) throw new CliError(error.message);
    if (isConnectionError(error)) throw new CliError(new DbUnavailableError(databaseUrl, error).message);
    throw error;
  } finally {
    await db.$disconnect();
  }
  const written = exported.count - skipped.count;
  const skippedNote = skipped.count ? ` (${skipped.count} without a verdict skipped)` : "";
  console.error(
    `sayso: exported ${written} claim(s) as ${options.format}${skippedNote}${options.out ? ` to ${options.out}` : ""}`,
  );
}

export function register(program: Command): void {
  program
    .command("export")
    .description("Write claims from the database as JSONL, CSV, schema.org ClaimReview or W3C Web Annotation")
    .addOption(
      new Option("--format <format>", "output format (required)").choices(FORMATS).makeOptionMandatory(),
    )
    .addOption(
      new Option("--status <status>", "which claims, by review status").choices(STATUSES).default("verified"),
    )
    .option("--article <id>", "only the claims of this article")
    .option("--out <file>", "write to this file (complete or not at all) instead of stdout")
    .option("--excel", "csv: UTF-8 BOM and formula-safe cells for spreadsheets")
    .option(
      "--collection",
      "annotation: one AnnotationCollection document instead of one annotation per line",
    )
    .option("--org-name <name>", "claimreview: the fact-checking organisation (required)")
    .option("--org-url <url>", "claimreview: its website")
    .option("--review-url <template>", "claimreview: URL of each fact check, {id} = claim id")
    .option(
      "--best-rating <n>",
      "claimreview: rating position of the best verdict (enables ratingValue)",
      integer,
    )
    .option("--worst-rating <n>", "claimreview: rating position of the worst verdict", integer)
    .addHelpText("after", HELP)
    .action((options: ExportOptions) => runExport(options));
}
