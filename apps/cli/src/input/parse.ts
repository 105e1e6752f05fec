import { textProblem } from "./bytes.ts";
import { articleRecordSchema, formatZodError } from "./fields.ts";
import { htmlToText } from "./html.ts";
import type { InputArticle, InputDefaults, InputFormat, ReadResult } from "./types.ts";

/** Turns decoded input text of a known format into articles, or problems naming the bad item. */
export function parseInput(
  content: string,
  format: InputFormat,
  source: string,
  defaults: InputDefaults,
): ReadResult {
  switch (format) {
    case "txt":
      return single(source, content, null, defaults);
    case "html": {
      const { title, text } = htmlToText(content);
      if (text.length === 0)
        return problem(source, "HTML has no text once scripts, styles and markup are dropped");
      return single(source, text, title, defaults);
    }
    case "json":
      return parseJson(content, source, defaults);
    case "jsonl":
      return parseJsonLines(content, source, defaults);
  }
}

/** Guesses the format of stdin: JSON array or object, JSON lines, HTML, else plain text. */
export function sniffFormat(content: string): InputFormat {
  const start = content.trimStart();
  if (start.startsWith("[")) return "json";
  if (start.startsWith("{")) {
    try {
      JSON.parse(start);
      return "json";
    } catch {
      return "jsonl";
    }
  }
  if (/^<(!doctype html|html|head|body|article|p|div|h[1-6]|meta|title)\b/i.test(start)) return "html";
  return "txt";
}

function single(source: string, text: string, title: string | null, defaults: InputDefaults): ReadResult {
  const issue = textProblem(text);
  if (issue) return problem(source, issue);
  return {
    articles: [
      withDefaults({ source, text, title, outlet: null, url: null, lang: null, publishedAt: null }, defaults),
    ],
    problems: [],
  };
}

function parseJson(content: string, source: string, defaults: InputDefaults): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(content);
  } catch (error) {
    return problem(source, `is not valid JSON (${(error as Error).message})`);
  }
  if (Array.isArray(value)) {
    const result: ReadResult = { articles: [], problems: [] };
    if (value.length === 0) return problem(source, "JSON array has no articles");
    for (const [index, item] of value.entries()) merge(result, record(item, `${source}[${index}]`, defaults));
    return result;
  }
  return record(value, source, defaults);
}

function parseJsonLines(content: string, source: string, defaults: InputDefaults): ReadResult {
  const result: ReadResult = { articles: [], problems: [] };
  const lines = content.split("\n");
  lines.forEach((line, index) => {
    if (line.trim().length === 0) return;
    const where = `${source}:${index + 1}`;
    try {
      merge(result, record(JSON.parse(line), where, defaults));
    } catch (error) {
      result.problems.push({ source: where, message: `is not valid JSON (${(error as Error).message})` });
    }
  });
  if (result.articles.length === 0 && result.problems.length === 0)
    return problem(source, "has no JSON lines");
  return result;
}

function record(value: unknown, source: string, defaults: InputDefaults): ReadResult {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return problem(source, "must be an object {title, text, url, outlet, publishedAt, lang}");
  const parsed = articleRecordSchema.safeParse(value);
  if (!parsed.success) return problem(source, formatZodError(parsed.error));
  const issue = textProblem(parsed.data.text);
  if (issue) return problem(source, issue);
  return { articles: [withDefaults({ source, ...parsed.data }, defaults)], problems: [] };
}

/** What the input says wins; the command-line values fill the gaps. */
function withDefaults(article: InputArticle, defaults: InputDefaults): InputArticle {
  return {
    ...article,
    title: article.title ?? defaults.title ?? null,
    outlet: article.outlet ?? defaults.outlet ?? null,
    lang: article.lang ?? defaults.lang ?? null,
    publishedAt: article.publishedAt ?? defaults.publishedAt ?? null,
  };
}

function problem(source: string, message: string): ReadResult {
  return { articles: [], problems: [{ source, message }] };
}

function merge(into: ReadResult, from: ReadResult): void {
  into.articles.push(...from.articles);
  into.problems.push(...from.problems);
}
