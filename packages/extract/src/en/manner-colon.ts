// "She was blunt about the strain: “…”", "The mayor put it plainly: “…”": a sentence that gives only the
// speaker's manner, then a colon and the quotation it introduces.
import { type ArticleView, type Draft, spanDraft, trimSpan } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";

/** A space or NBSP, never a line break (unlike WHITE_SPACE): the speaker, the manner and the colon stand on one line. */
const S = "[ \\u00A0]";
const MANNER =
  "blunt|clear|direct|frank|candid|emphatic|adamant|defiant|unapologetic|unrepentant|philosophical|upbeat|optimistic|confident|scathing|forthright|succinct";
/** A capitalised word of a name or a title ("Mayor", "Ruth", "O’Hara", "Dr."). */
const CAP = `\\p{Lu}[\\p{L}.’'-]*`;
/**
 * The speaker: a pronoun, "the mayor", or a capitalised name with its title ("Mayor Ruth Okonjo", "Ms Vale"), a
 * place's lowercase description before it and an age after it ("Holm resident Piet Arne, 61,").
 */
const SUBJECT = `(?:He|She|They|We|The${S}+[a-z]+(?:${S}[a-z]+)?|(?:${CAP}${S}+){0,3}(?:[a-z]+${S}+){0,2}(?:${CAP}${S}+){0,3}\\p{Lu}[\\p{L}’'-]+(?:,${S}+\\d{1,3},)?)`;
/** "was blunt (about the cuts)", "put it plainly", "put it this way", then the colon before a quotation. */
const MANNER_COLON = new RegExp(
  `^(${SUBJECT})${S}+((?:was|were|is|are)${S}+(?:(?:more|even|just|equally)${S}+)?(?:${MANNER})|put${S}+it(?:${S}+(?:more${S}+)?(?:[a-z]+ly|this${S}+way|another${S}+way))?)(?:${S}+(?:about|on|over|in|when|with)${S}[^:“”"\\n]{0,70})?${S}*:${S}*(?=[“"])`,
  "u",
);

/** The quotation after a manner sentence's colon, cued by the manner words, spoken by the sentence's subject. */
export function mannerColonDrafts(view: ArticleView): Draft[] {
  const { text, sentences } = view;
  const out: Draft[] = [];
  for (const s of sentences) {
    const head = text.slice(s.start, Math.min(s.end, s.start + 160));
    if (!head.includes(":")) continue;
    const m = MANNER_COLON.exec(head);
    if (!m) continue;
    const subject = m[1] as string;
    const cueStart = s.start + subject.length + head.slice(subject.length).search(/\S/);
    const from = s.start + m[0].length;
    const quote = quoteAt(view.quotes, from);
    if (!quote || quote.start !== from) continue;
    const content = trimSpan(text, from, quote.closed ? quote.end : s.end);
    if (!content) continue;
    out.push(
      spanDraft("en.manner-colon", {
        cue: [cueStart, cueStart + (m[2] as string).length],
        // (without the age after the name: "Piet Arne, 61,")
        mention: [s.start, s.start + subject.replace(/,[ \u00A0]+\d{1,3},$/, "").length],
        content,
        frame: [s.start, from],
      }),
    );
  }
  return out;
}
