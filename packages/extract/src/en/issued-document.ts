import type { MentionParse } from "../speakers.ts";
import type { Token } from "../text/tokens.ts";
import type { SourceSpan } from "./source.ts";

/** A document or message a body or people put out ("report", "letter", "open letter", "statement"). */
const DOCUMENT =
  "report|reports|letter|letters|statement|study|survey|review|audit|analysis|paper|memo|document|submission|petition|briefing|assessment|note|notice|filing|dossier";
/** Participles that tell who put a document out (not "seen by", "obtained by", "commissioned by"). */
const ISSUED =
  "published|issued|released|signed|written|authored|compiled|prepared|produced|drafted|sent|co-signed";

/**
 * "The report, published by the Grattan Institute,", "The letter, signed by 40 MPs,": a document described by
 * who put it out speaks for them (as "a report by council officers" and "figures provided by the ministry" do).
 */
const ISSUED_DOCUMENT = new RegExp(
  `^(?:the|a|an|this|that|its|their)\\s+(?:[a-z-]+\\s+){0,2}?(?:${DOCUMENT}),?\\s+(?:(?:jointly|also|first)\\s+)?(?:${ISSUED})\\s+(?:(?:on|last|this|earlier|late|early)\\s+\\w+\\s+|(?:yesterday|today|earlier)\\s+)?by\\s+(.+?),?$`,
  "i",
);

/** A second participle phrase after the issuer: "and sent to the mayor", "and delivered to the council". */
const SENT_ON =
  /\s+and\s+(?:sent|delivered|addressed|handed|presented|submitted|posted|emailed|passed)\s+(?:to|on|in)\s.*$/i;

/** The parse of the issuer's name when `mention` is a document described by who put it out, else null. */
export function issuedDocumentParse(
  mention: string,
  parse: (raw: string) => MentionParse,
): MentionParse | null {
  const m = ISSUED_DOCUMENT.exec(mention);
  // (not "A draft letter, signed by Spain and Italy and seen by Reuters": a leaked document speaks as itself)
  if (!m || /\s(?:and|or)$/i.test(m[1] as string)) return null;
  // ("signed by 46 residents and sent to the mayor last week": where it went is no part of who wrote it)
  const issuer = parse((m[1] as string).replace(SENT_ON, ""));
  return issuer.pronoun ? null : issuer;
}

const DOCUMENT_WORD = new RegExp(`^(?:${DOCUMENT})$`, "i");
const ISSUED_WORD = new RegExp(`^(?:${ISSUED})$`, "i");

/**
 * "The report, published by the Grattan Institute, said": when the walk found only the document before its
 * appositive, the mention runs on over "published by <issuer>" to the comma before the verb (toks: the
 * sentence's tokens, `k` the last before the verb).
 */
export function withIssuer(toks: Token[], k: number, subject: SourceSpan | null): SourceSpan | null {
  if (!subject || subject.pronoun || toks[k]?.text !== ",") return subject;
  const head = toks.findIndex((t) => t.end === subject.end);
  if (head < 0 || !DOCUMENT_WORD.test(toks[head]?.text ?? "") || toks[head + 1]?.text !== ",") return subject;
  let j = head + 2;
  if (/^(?:jointly|also|first)$/i.test(toks[j]?.text ?? "")) j++;
  if (!ISSUED_WORD.test(toks[j]?.text ?? "")) return subject;
  // ("released on Tuesday by the World Bank", "published yesterday by …": when, before who)
  if (/^(?:on|last|this|earlier|late|early)$/i.test(toks[j + 1]?.text ?? "") && toks[j + 2]?.word) j += 2;
  else if (/^(?:yesterday|today|earlier)$/i.test(toks[j + 1]?.text ?? "")) j++;
  if (toks[j + 1]?.text.toLowerCase() !== "by") return subject;
  for (let i = j + 2; i < k; i++)
    if (!toks[i]?.word && toks[i]?.text !== "'" && toks[i]?.text !== "’") return subject;
  return k > j + 2 ? { start: subject.start, end: (toks[k - 1] as Token).end, pronoun: false } : subject;
}

/** "A letter signed by 46 residents and sent to": the document and its issuer, up to where it was sent. */
const SENT_DOCUMENT = new RegExp(
  `(?:^|[\\s\u00A0])(?:the|a|an|this|that|its|their)\\s+(?:[a-z-]+\\s+){0,2}?(?:${DOCUMENT})\\s+(?:${ISSUED})\\s+by\\s+[^,;.:“”"]{1,80}?\\s+and\\s+(?:sent|delivered|addressed|handed|presented|submitted|emailed|passed)\\s+(?:to|on)\\s+$`,
  "i",
);

/**
 * "A letter signed by 46 residents and sent to the Chief Minister last week says …": the walk found only where
 * the document went; the mention runs back over the document and who signed it (`floor`: the sentence's start).
 */
export function withSentDocument(text: string, floor: number, subject: SourceSpan | null): SourceSpan | null {
  if (!subject || subject.pronoun) return subject;
  const before = text.slice(Math.max(floor, subject.start - 160), subject.start);
  const m = SENT_DOCUMENT.exec(before);
  if (!m) return subject;
  const start = subject.start - before.length + m.index + (/^[\s\u00A0]/.test(m[0]) ? 1 : 0);
  return { start, end: subject.end, pronoun: false };
}
