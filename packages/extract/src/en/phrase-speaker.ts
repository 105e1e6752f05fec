// The speaker a walk back from the verb found, read once more: the plural head before "including", the
// document or person before a body's link, people at a place, a team, a modifier's head, a described name.
import { lowerOf, type Token } from "../text/tokens.ts";
import { benchStart } from "./bench.ts";
import { trimLinks } from "./leading-links.ts";
import { peopleAtPlace } from "./listed-places.ts";
import { modifiedHead } from "./modified-head.ts";
import { nameBeforeDescription } from "./second-appositive.ts";
import type { SourceSpan } from "./source.ts";
import { DETERMINERS } from "./speaker-start.ts";
import { teamSpan } from "./team-leader.ts";

const lower = lowerOf;

/** "a statement from the ministry", "a spokesman for the council": the link from a speaker to its body. */
const BODY_LINK = /^(?:from|of|for)$/;

/**
 * The speaker phrase text[start, stop) that subjectBefore's walk over `toks` (nearest first) found, with
 * `read` reading the phrase before any tokens.
 */
export function speakerOfPhrase(
  text: string,
  toks: Token[],
  start: number,
  stop: number,
  read: (nearestFirst: Token[]) => SourceSpan | null,
): SourceSpan | null {
  // "Critics, including Sen. Maria Vance, argued": the examples belong to the plural head before them
  const including = toks.findIndex((t) => t.start === start);
  if (
    including >= 0 &&
    toks[including]?.word &&
    /^(?:including|notably|especially)$/i.test((toks[including] as Token).text) &&
    toks[including + 1]?.text === ","
  ) {
    const head = read(toks.slice(including + 2));
    if (head && !head.pronoun) return head;
  }
  // "a statement from the health ministry said": the walk stopped at the body's determiner; the document or
  // person before the preposition speaks for it
  const opener = toks.findIndex((t) => t.start === start);
  if (
    opener >= 0 &&
    DETERMINERS.has(lower(toks[opener] as Token)) &&
    BODY_LINK.test(toks[opener + 1]?.text ?? "")
  ) {
    const head = read(toks.slice(opener + 1));
    // (a word of its own before the preposition: not "A person familiar [with the matter]")
    const before = head && !head.pronoun && head.start < (toks[opener + 1] as Token).start;
    if (head && before) return { start: head.start, end: stop, pronoun: false };
  }
  // "Crewmen on the Corentyne say", "Commuters along the highway say": plural people, then where they are
  const placed = opener >= 0 ? peopleAtPlace(toks, opener) : -1;
  const placedPeople = placed > 0 ? read(toks.slice(placed)) : null;
  if (placedPeople && !placedPeople.pronoun) return { start: placedPeople.start, end: stop, pronoun: false };
  // never start the phrase with a linking word; a determiner alone ("a") is no speaker
  const span = trimLinks(text, start, stop);
  // (at most five letters: only then can the phrase be one of these words)
  if (
    span &&
    span[1] - span[0] <= 5 &&
    /^(?:the|a|an|his|her|their|its|this|that)$/i.test(text.slice(span[0], span[1]))
  )
    return null;
  if (!span) return null;
  // "X at the University of Y and his colleagues reported", "a team led by X reported": the team with its leader
  const team = teamSpan(text, toks, span, read);
  if (team) return team;
  // "Officials familiar with the matter said": the phrase found is the modifier's object, not the speaker
  const head = modifiedHead(
    toks,
    read,
    toks.findIndex((t) => t.start === span[0]),
  );
  const named = head ? -1 : nameBeforeDescription(text, toks, span[0], span[1], read);
  const from = head ? head.start : named >= 0 ? named : span[0];
  return { start: benchStart(text, from), end: span[1], pronoun: false };
}
