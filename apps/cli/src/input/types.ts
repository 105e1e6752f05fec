/** One article read from the input, ready to store. */
export interface InputArticle {
  /** Where it came from, for messages: a path, `path[3]` in a JSON array, `path:12` in JSONL, `stdin`. */
  source: string;
  text: string;
  title: string | null;
  outlet: string | null;
  url: string | null;
  lang: string | null;
  /** YYYY-MM-DD */
  publishedAt: string | null;
}

/** An input refused, with the reason shown to the user. */
export interface InputProblem {
  source: string;
  message: string;
}

export type InputFormat = "txt" | "html" | "json" | "jsonl";
export const INPUT_FORMATS: readonly InputFormat[] = ["txt", "html", "json", "jsonl"];

/** Values from the command line, used where an input does not give its own. */
export interface InputDefaults {
  title?: string | undefined;
  outlet?: string | undefined;
  lang?: string | undefined;
  publishedAt?: string | undefined;
}

export interface ReadResult {
  articles: InputArticle[];
  problems: InputProblem[];
}
