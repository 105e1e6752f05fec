import type { MentionParse } from "../speakers.ts";
import { issuerWords } from "./issuer.ts";
import { lamOwner } from "./lam-owner.ts";
import { foldWord, hasArticle, PERSON_TITLES, SOURCE_NOUNS } from "./lexicon.ts";
import { ISSUED_DOCUMENTS, LATEST, QUOTED_OWNER } from "./mention-words.ts";
import { titleHead } from "./phrase.ts";

/**
 * A statement, report or body's figures as the mention («البيان», «أرقام الوزارة», «بيان صادر عن …»): the
 * body it speaks for, or null when the mention is no document. `parse` reads the words that name the body.
 */
export function documentSpeaker(
  ws: string[],
  mention: string,
  parse: (mention: string) => MentionParse,
): MentionParse | null {
  const first = ws[0] ?? "";
  const f0 = foldWord(first);
  const head = titleHead(first);
  // «وأضاف البيان أن …», «وأضاف التقرير أن …»: the statement or report speaks for the body that issued it
  if (ws.length === 1 && hasArticle(first) && ISSUED_DOCUMENTS.has(f0))
    return { name: null, title: mention, kind: "organisation", pronoun: false, speaksFor: "focus" };
  // «أحدث تقديرات صندوق النقد», «آخر أرقام الوزارة»: the latest of a body's documents is still its own
  if (ws.length > 2 && LATEST.has(f0) && SOURCE_NOUNS.has(foldWord(ws[1] as string))) {
    const rest = parse(ws.slice(1).join(" "));
    if (rest.title || rest.kind === "organisation") return rest;
  }
  const owner = lamOwner(ws, parse);
  if (owner) return owner;
  // «أرقام الوزارة», «تقديرات البنك الدولي»: a document speaks for the body it belongs to (not «وثيقة
  // داخلية»: an adjective without the article describes the document)
  const described = ws.length >= 2 && !hasArticle(ws[1] as string) && /(?:ي|ية)$/u.test(ws[1] as string);
  if (ws.length > 1 && SOURCE_NOUNS.has(f0) && !PERSON_TITLES.has(head) && !described) {
    // «أرقام "ساما"», «بيانات جمعتها "بلومبرغ"»: the body named in quotation marks (after a verb of making)
    const quoted = QUOTED_OWNER.exec(ws.slice(1).join(" "));
    if (quoted?.[1]) return { name: quoted[1], title: null, kind: "organisation", pronoun: false };
    // «بيان صادر عن مديرية الأمن العام»: the body that issued it
    const rest = parse(issuerWords(ws).join(" "));
    if (rest.title || rest.kind === "organisation") return rest;
  }
  return null;
}
