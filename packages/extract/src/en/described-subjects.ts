import type { ArticleView } from "../draft.ts";
import type { NameMention } from "../names.ts";
import type { MentionParse } from "../speakers.ts";
import { parseEnglishMention } from "./mention.ts";

/**
 * "A senior party figure is kinder. “…,” he says": a sentence that opens with an indefinite description of
 * one person, with no reporting verb, brings that person in as the subject the next "he" or "she" refers to.
 */
const DESCRIBED_SUBJECT =
  /^(?:A|An|One|Another)\s+((?:[\p{L}’'-]+\s+){0,4}?(?:figure|source|official|backbencher|minister|colleague|aide|adviser|advisor|insider|member|veteran|diplomat|strategist|organi[sz]er|activist|resident|neighbou?r|friend|supporter|critic|ally|rival|lawmaker|senator|MP|TD|councillor|councilor|politician|economist|analyst|officer|teacher|nurse|doctor|parent|mother|father|woman|man|campaigner|donor|voter|worker|employee|executive|director|investor|farmer|owner|trader|shopkeeper|driver|witness|survivor|relative|expert|lawyer|academic|researcher|scientist|banker))\s+(?:is|was|has|had|sees|saw|takes|took|puts|put|sounds|sounded|seems|seemed|appears|appeared|remains|remained|feels|felt|offers|offered|thinks|thought|agrees|agreed|disagrees|disagreed|goes|went|admits|admitted|who|,)/u;

/** "The 61-year-old had led the council since 2019.": the person the article gave that age, as the subject. */
const AGED_SUBJECT = /^The\s+(\d{1,3}-year-old)\s+(?:is|was|has|had|who|,)/;

/**
 * "The researchers, from the Bayside Institute, followed 8,400 people …. They found that …": a sentence that
 * opens with a definite plural description of people brings that group in as what the next "they" refers to.
 */
const GROUP_SUBJECT =
  /^The\s+((?:[a-z’'-]+\s+){0,2}?(?:researchers|scientists|authors|investigators|officials|experts|analysts|economists|doctors|protesters|residents|campaigners|activists|lawmakers|councillors|prosecutors|workers|families|parents|survivors|witnesses|organi[sz]ers|inspectors|auditors))(?:,|\s+\p{Ll})/u;

/** "The mayor offered a blunt assessment: …. “…,” she said": one person by their office, then a lowercase verb. */
const ROLE_SUBJECT =
  /^The\s+((?:[a-z’'-]+\s+){0,2}?(?:mayor|minister|governor|president|premier|senator|judge|coach|manager|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|prosecutor|commissioner|ambassador|envoy|secretary|director|sheriff|chancellor|speaker|defendant|witness|victim|candidate|nominee|councillor|councilor|lawmaker|MP|mother|father|woman|man|boy|girl|teenager|owner|founder))\s+(?:\p{Ll}+ed|is|was|has|had|offers|offered|takes|took|puts|put|sees|saw|says|said|gave|gives)\b/u;

/** "The memo, dated 2 June, sets out …", "The leaked report says": a document opening its sentence. */
const DOCUMENT_SUBJECT =
  /^The\s+((?:[a-z’'-]+\s+){0,2}?(?:memo|memorandum|report|study|letter|document|dossier|filing|review|audit|survey|assessment|briefing|paper))(?:,|\s+\p{Ll})/u;

export function describedSubjects(view: ArticleView, before: number): NameMention[] {
  const { text } = view;
  const out: NameMention[] = [];
  for (const s of view.sentences) {
    if (s.start >= before) break;
    const c = text.charCodeAt(s.start);
    if (c !== 65 && c !== 79 && c !== 84) continue; // "A…", "An…", "Another…", "One…", "The 61-year-old"
    const head = text.slice(s.start, Math.min(s.end, s.start + 120));
    const document = c === 84 ? DOCUMENT_SUBJECT.exec(head) : null;
    if (document) {
      const title = document[1] as string;
      out.push({
        pos: s.start,
        parse: { name: null, title, kind: "unknown", pronoun: false, document: true },
        lead: true,
      });
      continue;
    }
    const m =
      c === 84
        ? (AGED_SUBJECT.exec(head) ?? GROUP_SUBJECT.exec(head) ?? ROLE_SUBJECT.exec(head))
        : DESCRIBED_SUBJECT.exec(head);
    if (!m) continue;
    const parse: MentionParse = parseEnglishMention(m[1] as string);
    if (parse.name || parse.kind !== "person" || !parse.title) continue;
    out.push({ pos: s.start, parse, lead: true });
  }
  return out;
}
