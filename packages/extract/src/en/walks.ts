import type { Token } from "../text/tokens.ts";
import { type SourceSpan, subjectBefore } from "./source.ts";

/** The tokens before index k, nearest first (as the speaker walk reads them). */
export function nearestFirst(toks: Token[], k: number): Token[] {
  const out: Token[] = [];
  for (let i = k; i >= 0 && i > k - 60; i--) out.push(toks[i] as Token);
  return out;
}

/** The speaker phrases walked back from tokens of one sentence, by token index (a sentence has few). */
export interface Walks {
  from: number[];
  subjects: (SourceSpan | null)[];
}

/** The speaker phrase walked back from token k, computed once per k of a sentence (`walks`). */
export function walkedBackFrom(text: string, toks: Token[], k: number, walks: Walks): SourceSpan | null {
  const known = walks.from.indexOf(k);
  if (known >= 0) return walks.subjects[known] as SourceSpan | null;
  const subject = subjectBefore(text, nearestFirst(toks, k));
  walks.from.push(k);
  walks.subjects.push(subject);
  return subject;
}
