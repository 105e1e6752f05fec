// "…, with the ferry operator blaming rough seas": a with-clause whose own subject speaks in a participle.
import type { Token } from "../text/tokens.ts";
import type { VerbHit } from "./verbs.ts";
import { type Walks, walkedBackFrom } from "./walks.ts";

/**
 * "Passengers said they had waited six hours, with the ferry operator blaming rough seas": a participle whose
 * subject opens right after ", with" is another voice, and ends the content before the comma (pushed onto stops).
 */
export function withClauseStops(
  text: string,
  toks: Token[],
  hits: VerbHit[],
  walks: Walks,
  stops: number[],
): void {
  for (const h of hits) {
    if (!h.participle || !h.form.endsWith("ing") || h.index < 3) continue;
    const subject = walkedBackFrom(text, toks, h.index - 1, walks);
    if (!subject || subject.pronoun) continue;
    let j = toks.findIndex((t) => t.start === subject.start) - 1;
    // (", with some elderly residents saying": a quantifier and modifiers the walk left out)
    for (let left = 3; left > 0 && toks[j]?.text !== "with" && /^[a-z]+$/.test(toks[j]?.text ?? ""); left--)
      j--;
    const comma = toks[j - 1];
    if (toks[j]?.text.toLowerCase() === "with" && comma?.text === ",") stops.push(comma.start);
  }
}
