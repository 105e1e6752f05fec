/**
 * Research teams speak through their leaders: "X at Y and his colleagues reported", "a team led by X
 * reported", and later "the authors write" for the same team; a body's figures ("MOL statistics", "department
 * records") speak as the body.
 */
import type { MentionParse } from "../speaker-types.ts";
import { lowerOf, type Token } from "../text/tokens.ts";
import { GENERIC_HEADS } from "./mention-shapes.ts";
import type { SourceSpan } from "./source.ts";

const TEAM_OF_LEADER =
  "(?:his|her|their)\\s+(?:colleagues|co-?authors|co-?workers|collaborators|team|group|students)";
const TEAM_OF = new RegExp(`^${TEAM_OF_LEADER}$`, "i");
const TEAM_AFTER_LEADER = new RegExp(`\\s+and\\s+${TEAM_OF_LEADER}$`, "i");
const TEAM_LED_BY =
  /^(?:a|an|the)\s+(?:(?:\p{Lu}[\p{L}-]*|international|joint)\s+)?(?:team|group)\s+led\s+by\s+/iu;
/** "the authors", "its discoverers": the team a leader named before or after speaks for. */
const TEAM_WORDS = /^(?:the|its|their)\s+(?:authors|discoverers|(?:study|paper)[’']s\s+authors)$/i;
const BODY_FIGURES =
  /^(?:the\s+)?(\p{Lu}[\p{L}&.-]*(?:\s+\p{Lu}[\p{L}&.-]*){0,3})\s+(?:statistics|figures|data|estimates)$/u;
/** "department records", "police figures", "ministry data": the records of the body of that kind. */
const KIND_FIGURES = /^(?:the\s+)?([A-Za-z][a-z-]*)\s+(?:statistics|figures|data|estimates|records)$/;

/** Documents a body or its people put out: "a report by council officers". */
const DOCUMENT =
  "(?:report|study|survey|analysis|review|audit|assessment|bulletin|update|briefing|paper|memo|circular|notice)";
/**
 * "a report by council officers", "a study from the Grattan Institute", "a report by the Rice Federation (CRF)":
 * the authors speak, when the phrase ends with them (not "a study by Melbourne researchers published today in …", "a survey by X whose findings …": the
 * document, described at length, stays the source).
 */
const DOCUMENT_BY = new RegExp(
  `^(?:a|an|the)\\s+(?:[a-z-]+\\s+){0,2}${DOCUMENT}\\s+(?:by|from)\\s+(?=(?:[\\p{L}&’'-]+\\s+){0,5}[\\p{L}&’'-]+(?:\\s+\\([A-Z][A-Za-z]{1,7}\\))?$)(?!.*\\b(?:who|whose|which|that|published|released|issued|presented|in|on|at)\\b)`,
  "iu",
);

/**
 * The speaker phrase widened over the team around its leader (tokens nearest first, `span` the phrase the
 * walk found): "Rafael Monteiro at … and his colleagues", "a team led by Kenji Morikawa at …"; null if none.
 */
export function teamSpan(
  text: string,
  toks: Token[],
  span: [number, number],
  subjectBefore: (nearestFirst: Token[]) => SourceSpan | null,
): SourceSpan | null {
  let first = 0;
  while (first < toks.length && (toks[first] as Token).start !== span[0]) first++;
  if (first === toks.length) return null;
  if (toks[first + 1]?.text === "and" && TEAM_OF.test(text.slice(span[0], span[1]))) {
    const leader = subjectBefore(toks.slice(first + 2));
    return leader && !leader.pronoun ? { start: leader.start, end: span[1], pronoun: false } : null;
  }
  // (nearest first: "by", "led", "team", then an optional modifier and the determiner)
  const [by, led, head] = [toks[first + 1], toks[first + 2], toks[first + 3]];
  if (!by || !led || !head || lowerOf(by) !== "by" || lowerOf(led) !== "led") return null;
  if (!/^(?:team|group)$/i.test(head.text)) return null;
  for (const k of [first + 4, first + 5]) {
    const det = toks[k];
    if (det && /^(?:a|an|the)$/i.test(det.text)) {
      const m = TEAM_LED_BY.exec(text.slice(det.start, span[0]));
      return m ? { start: det.start, end: span[1], pronoun: false } : null;
    }
  }
  return null;
}

/** The parse of a mention that names a team by its leader, a team by its members' role, or a body by its figures. */
export function teamMentionParse(
  mention: string,
  parse: (mention: string) => MentionParse,
): MentionParse | null {
  // (a sentence's first word too: "Police records show …", "Union figures show …")
  const kind = KIND_FIGURES.exec(mention);
  const head = kind?.[1]?.toLowerCase() ?? "";
  if (GENERIC_HEADS.has(head)) return { ...parse(`the ${head}`), title: mention.replace(/^the\s+/, "") };
  const figures = BODY_FIGURES.exec(mention);
  if (figures) return parse(figures[1] as string);
  const by = DOCUMENT_BY.exec(mention);
  if (by) {
    // (a named body keeps the document as its title: "the survey" later is the same source)
    const authors = parse(mention.slice(by[0].length));
    const document = by[0].replace(/^(?:a|an|the)\s+/i, "").trim();
    return authors.name && !authors.title ? { ...authors, title: document } : authors;
  }
  const after = TEAM_AFTER_LEADER.exec(mention);
  if (after && after.index > 0) return { ...parse(mention.slice(0, after.index)), leadsTeam: true };
  const led = TEAM_LED_BY.exec(mention);
  if (led && led[0].length < mention.length)
    return { ...parse(mention.slice(led[0].length)), leadsTeam: true };
  if (TEAM_WORDS.test(mention)) {
    const title = mention.replace(/^(?:the|its|their)\s+/i, "");
    return { name: null, title, kind: "person", pronoun: false, team: true };
  }
  return null;
}

/** "the data", "the figures": a body's figures named just before ("citing Export Development Board data"). */
const FIGURES_ONLY = /^the\s+(data|figures|statistics|numbers)$/i;
/** How far back the figures' owner is looked for: the sentence or two before. */
const FIGURES_REACH = 400;

/**
 * "…, JAAF said, citing Export Development Board data. …, the data showed.": the body whose figures of the same
 * noun the text named last, within the sentences before the mention; null when none.
 */
export function ownerOfFiguresBefore(text: string, mentionStart: number, mentionEnd: number): string | null {
  const noun = FIGURES_ONLY.exec(text.slice(mentionStart, mentionEnd))?.[1]?.toLowerCase();
  if (!noun) return null;
  const before = text.slice(Math.max(0, mentionStart - FIGURES_REACH), mentionStart);
  const named = new RegExp(
    `(?:^|[^\\p{L}])(\\p{Lu}[\\p{L}&.-]*(?:\\s+(?:(?:of|for|and)\\s+)?\\p{Lu}[\\p{L}&.-]*){0,5})\\s+${noun}\\b`,
    "gu",
  );
  let last: string | null = null;
  for (const m of before.matchAll(named)) last = m[1] as string;
  return last;
}
