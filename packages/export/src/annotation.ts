import { CodePointCounter, quoteContext } from "./text.ts";
import type { ClaimSource, ExportClaim, QuoteContext } from "./types.ts";

/**
 * W3C Web Annotation Data Model (JSON-LD). The target is the claim's content span, chosen twice:
 * TextPositionSelector counts Unicode code points (not the store's UTF-16 units) and
 * TextQuoteSelector carries the exact text with up to 32 code points of prefix and suffix.
 * The body says who is quoted (identifying), kind and review status (tagging), the verdict
 * (assessing) and the reviewer's note (commenting).
 */

export const ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld";

export interface TextualBody {
  type: "TextualBody";
  purpose: "identifying" | "tagging" | "assessing" | "commenting";
  value: string;
}

export type Selector =
  | { type: "TextPositionSelector"; start: number; end: number }
  | { type: "TextQuoteSelector"; exact: string; prefix?: string; suffix?: string };

export interface WebAnnotation {
  "@context": typeof ANNOTATION_CONTEXT;
  id: string;
  type: "Annotation";
  motivation: "assessing" | "describing";
  created?: string;
  creator?: { type: "Person"; name: string };
  body: TextualBody[];
  target: { source: string; selector: Selector[] };
}

/** The article IRI the annotation targets: its URL, or a sayso URN when it has none. */
export function articleIri(claim: ExportClaim): string {
  return claim.article.url ?? `urn:sayso:article:${claim.articleId}`;
}

/**
 * The claim's quote context: given by the caller, else computed from the article text (checking
 * that the stored offsets still select the stored content), else unknown.
 */
function contextOf(claim: ExportClaim, counter?: CodePointCounter): QuoteContext | undefined {
  if (claim.quoteContext) return claim.quoteContext;
  const text = claim.article.text;
  if (text === undefined) return undefined;
  const { start, end, text: content } = claim.content;
  if (text.slice(start, end) !== content) {
    throw new Error(
      `claim ${claim.id}: content span [${start}, ${end}) does not hold in article ${claim.articleId}`,
    );
  }
  return quoteContext(text, start, end, counter?.text === text ? counter : new CodePointCounter(text));
}

function bodies(claim: ExportClaim): TextualBody[] {
  const body: TextualBody[] = [];
  const textual = (purpose: TextualBody["purpose"], value: string) =>
    body.push({ type: "TextualBody", purpose, value });
  if (claim.speaker) textual("identifying", claim.speaker.name);
  textual("tagging", `kind:${claim.kind}`);
  textual("tagging", `status:${claim.status}`);
  if (claim.statedOn) textual("tagging", `statedOn:${claim.statedOn}`);
  if (claim.verdict) textual("assessing", claim.verdict.label);
  if (claim.verdictNote) textual("commenting", claim.verdictNote);
  return body;
}

/**
 * The Web Annotation of one claim. Pass the same counter for consecutive claims of one article
 * so offsets are converted in a single pass over its text. Without a quote context (no
 * article.text and none given) the target has only a TextQuoteSelector with no prefix/suffix.
 */
export function claimToAnnotation(claim: ExportClaim, counter?: CodePointCounter): WebAnnotation {
  const context = contextOf(claim, counter);
  const selector: Selector[] = [];
  if (context) {
    selector.push({ type: "TextPositionSelector", start: context.codePointStart, end: context.codePointEnd });
    selector.push({
      type: "TextQuoteSelector",
      exact: claim.content.text,
      prefix: context.prefix,
      suffix: context.suffix,
    });
  } else {
    selector.push({ type: "TextQuoteSelector", exact: claim.content.text });
  }
  return {
    "@context": ANNOTATION_CONTEXT,
    id: `urn:sayso:claim:${claim.id}`,
    type: "Annotation",
    motivation: claim.verdict ? "assessing" : "describing",
    ...(claim.reviewedAt && { created: claim.reviewedAt }),
    ...(claim.reviewer && { creator: { type: "Person" as const, name: claim.reviewer } }),
    body: bodies(claim),
    target: { source: articleIri(claim), selector },
  };
}

/** Yields the annotations of a claim stream, reusing one code point counter per article text. */
export async function* annotations(claims: ClaimSource): AsyncGenerator<WebAnnotation> {
  let counter: CodePointCounter | undefined;
  for await (const claim of claims) {
    const text = claim.article.text;
    if (text !== undefined && counter?.text !== text) counter = new CodePointCounter(text);
    yield claimToAnnotation(claim, counter);
  }
}

/** One annotation JSON-LD document per line. */
export async function* toAnnotationLines(claims: ClaimSource): AsyncGenerator<string> {
  for await (const annotation of annotations(claims)) yield `${JSON.stringify(annotation)}\n`;
}

/**
 * A single JSON-LD AnnotationCollection document whose one page holds every annotation,
 * streamed item by item (the total is not known up front, so it is left out).
 */
export async function* toAnnotationCollection(
  claims: ClaimSource,
  options: { id?: string; label?: string } = {},
): AsyncGenerator<string> {
  const head = {
    "@context": ANNOTATION_CONTEXT,
    ...(options.id && { id: options.id }),
    type: "AnnotationCollection",
    ...(options.label && { label: options.label }),
  };
  // open the collection and its first page, leaving the items array open
  yield `${JSON.stringify(head).slice(0, -1)},"first":{"type":"AnnotationPage","items":[\n`;
  let first = true;
  for await (const annotation of annotations(claims)) {
    const { "@context": _context, ...item } = annotation;
    yield `${first ? "" : ",\n"}${JSON.stringify(item)}`;
    first = false;
  }
  yield "\n]}}\n";
}
