import { createReadStream } from "node:fs";
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import { type ExtractedClaim, type ExtractResult, extract } from "@sayso/extract";
import { type Command, Option } from "commander";
import { z } from "zod";
import { CliError, UsageError } from "../errors.ts";

const FORMATS = ["jsonl", "json", "text"] as const;
type Format = (typeof FORMATS)[number];

interface ExtractOptions {
  input?: string;
  format: Format;
  lang?: string;
  published?: string;
}

const HELP = `
Runs the rule extractor offline (no database, no services) and prints, per document, one line
  {"id","claims":[{"speaker":{"name","mention":{start,end,text}|null},"cue":{start,end,text},
    "content":{start,end,text},"kind":"direct|indirect|mixed","date":"YYYY-MM-DD"|null,"why"}]}
Offsets are UTF-16 code units into the text as given: text.slice(start, end) === part.text.
A document in an unsupported language gets "claims":[] and "reason":"unsupported language: xx".

File mode:   sayso extract article.txt [more.txt …] [--lang ar|en] [--published YYYY-MM-DD]
             (the id is the file path)
Batch mode:  sayso extract --input docs.jsonl --format jsonl     ("-" reads standard input)
             each input line {"id","text","lang"?,"publishedAt"?}; streamed line by line, one output
             line per input line; --lang/--published fill in what a line leaves out.
Formats:     jsonl (default) · json (pretty, with speaker titles and date sources) · text (for reading)`;

const DocLine = z.object({
  id: z.union([z.string(), z.number()]).transform(String),
  text: z.string(),
  lang: z.string().nullish(),
  publishedAt: z.string().nullish(),
});

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

function compactClaim(c: ExtractedClaim) {
  return {
    speaker: { name: c.speaker.name, mention: c.speaker.mention },
    cue: c.cue,
    content: c.content,
    kind: c.kind,
    date: c.date,
    why: c.why,
  };
}

function render(id: string, result: ExtractResult, format: Format): string {
  if (format === "json") return JSON.stringify({ id, ...result }, null, 2);
  if (format === "text") {
    const head = `# ${id} (${result.extractor}, ${result.lang ?? "?"}${result.reason ? `: ${result.reason}` : ""})`;
    const lines = result.claims.map(
      (c, i) =>
        `${i + 1}. ${c.speaker.name ?? "(unknown)"} — ${c.cue.text} — [${c.kind}] ${c.content.text}${c.date ? ` (${c.date})` : ""}`,
    );
    return [head, ...lines].join("\n");
  }
  const line: Record<string, unknown> = { id, claims: result.claims.map(compactClaim) };
  if (result.reason) line.reason = result.reason;
  return JSON.stringify(line);
}

/** Writes one line, waiting when stdout's buffer is full so memory stays flat. */
async function writeLine(line: string): Promise<void> {
  if (!process.stdout.write(`${line}\n`)) {
    await new Promise<void>((resolve) => process.stdout.once("drain", resolve));
  }
}

async function runBatch(input: string, opts: ExtractOptions): Promise<void> {
  const stream = input === "-" ? process.stdin : createReadStream(input, { encoding: "utf8" });
  const opened = new Promise<void>((resolve, reject) => {
    if (input === "-") resolve();
    stream.once("open", () => resolve());
    stream.once("error", (e: Error) => reject(new CliError(`cannot read ${input}: ${e.message}`)));
  });
  await opened;
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    if (!raw.trim()) continue;
    let doc: z.infer<typeof DocLine>;
    try {
      doc = DocLine.parse(JSON.parse(raw));
    } catch (e) {
      const id = safeId(raw);
      const reason = e instanceof z.ZodError ? "expected {id, text, lang?, publishedAt?}" : "invalid JSON";
      await writeLine(JSON.stringify({ id, claims: [], error: `line ${lineNo}: ${reason}` }));
      continue;
    }
    const result = extract({
      text: doc.text,
      lang: doc.lang ?? opts.lang,
      publishedAt: doc.publishedAt ?? opts.published,
    });
    await writeLine(render(doc.id, result, opts.format));
  }
}

function safeId(raw: string): string | null {
  try {
    const v = JSON.parse(raw);
    return v && (typeof v.id === "string" || typeof v.id === "number") ? String(v.id) : null;
  } catch {
    return null;
  }
}

async function runFiles(files: string[], opts: ExtractOptions): Promise<void> {
  for (const file of files) {
    let text: string;
    try {
      text = await readFile(file, "utf8");
    } catch (e) {
      throw new CliError(`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    const result = extract({ text, lang: opts.lang, publishedAt: opts.published });
    await writeLine(render(file, result, opts.format));
  }
}

export function register(program: Command): void {
  program
    .command("extract")
    .description("Extract attributed claims (who said what, when) from articles, offline")
    .argument("[files...]", "article text files (UTF-8)")
    .option("--input <docs.jsonl>", "batch mode: a JSON Lines file of documents, or - for standard input")
    .addOption(new Option("--format <format>", "output format").choices(FORMATS).default("jsonl"))
    .option("--lang <lang>", "language of the articles (ar, en); detected when absent")
    .option("--published <YYYY-MM-DD>", "publication date, to resolve «الاثنين», yesterday, …")
    .addHelpText("after", HELP)
    .action(async (files: string[], opts: ExtractOptions) => {
      if (opts.published && !ISO_DAY.test(opts.published)) {
        throw new UsageError(`--published must be YYYY-MM-DD, got "${opts.published}"`);
      }
      if (opts.input && files.length) throw new UsageError("give either files or --input, not both");
      if (opts.input) return runBatch(opts.input, opts);
      if (!files.length) throw new UsageError("nothing to read: give article files or --input docs.jsonl");
      return runFiles(files, opts);
    });
}
