// «أبو سامر (45 عاما)»: a person's age in brackets after the name, which is no part of it.
import type { Token } from "../text/tokens.ts";

const YEARS = /^(?:عاما|عامًا|عاماً|عام|سنة|سنوات|عامًا)$/u;

/** The tokens without a closing «(45 عاما)» or «(45)» after at least one word. */
export function withoutTrailingAge(inner: Token[]): Token[] {
  const n = inner.length;
  if (n < 4 || inner[n - 1]?.text !== ")") return inner;
  const open = inner[n - 3]?.text === "(" ? n - 3 : inner[n - 4]?.text === "(" ? n - 4 : -1;
  if (open < 1 || !/^\p{Nd}{1,3}$/u.test(inner[open + 1]?.text ?? "")) return inner;
  if (open === n - 4 && !YEARS.test(inner[n - 2]?.text ?? "")) return inner;
  return inner.slice(0, open);
}
