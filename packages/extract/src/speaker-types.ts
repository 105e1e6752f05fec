import type { SpeakerKind } from "./types.ts";

/** What the words of a mention say about its speaker. */
export interface MentionParse {
  name: string | null;
  title: string | null;
  kind: SpeakerKind;
  /** A pronoun or other word that only points back ("he", «أنه»). */
  pronoun: boolean;
  /**
   * The body an unnamed voice speaks for: "a spokesperson for the company", "a filing by Acme" give
   * the body's own mention; "focus" when it is left unsaid ("A spokeswoman said", "a filing with the
   * SEC"): the organisation the passage is about.
   */
  speaksFor?: MentionParse | "focus";
  /** A definite common noun for an institution ("the ministry", "the company", "police"): its head. */
  generic?: string;
  /** The gender the words show ("Ms", "spokeswoman", "she"). */
  gender?: "m" | "f";
  /** A plural pronoun ("they"): a group or an organisation, never one person. */
  plural?: boolean;
  /** "the home secretary" (definite: someone the article has introduced), not "a senior official". */
  definite?: boolean;
  /** A he/she in words recalled from a past year's interview ("Asked in a 2015 interview …, she said"). */
  recalled?: boolean;
  /** A he/she inside the words the previous speaker is reported to have said ("X said Y was right when he said"). */
  reported?: boolean;
  /** "the Scot", "the former Celtic midfielder": words for someone already named, resolved like a pronoun. */
  epithet?: boolean;
  /** «كل من X وY», «الرئيسان X وY»: two parties speaking together, never a name for either alone. */
  joint?: boolean;
  /** The two parties of a joint mention, each as it parses alone. */
  parties?: MentionParse[];
  /** "The memo" opening a sentence: a document the next "it" may stand for. */
  document?: boolean;
  /** "his office": a body of the person the pronoun stands for (its kind: "office"). */
  personsBody?: string;
  /** "it": a thing or a body, never a person. */
  neuter?: boolean;
  /** "X and his colleagues", "a team led by X": X leads a team that may speak as "the authors" later. */
  leadsTeam?: boolean;
  /** "the authors", "its discoverers": the team of the leader last named. */
  team?: boolean;
}

export interface Entity {
  name: string | null;
  kind: SpeakerKind;
  titles: string[];
  nameWords: string[];
  titleWords: Set<string>[];
  gender?: "m" | "f";
  /** Met only as "the army", "police": named when the article names a body of that kind. */
  generic?: string;
  /** Claims attributed so far. */
  claims?: number;
  /** The book's clock when it last met this entity (0: never). */
  seenAt?: number;
  /** A document ("the memo"): an "it", never a "he" or "she". */
  document?: boolean;
  /** Leads a research team ("a team led by X"): whom "the authors" stand for. */
  leadsTeam?: boolean;
  /** A team met before its leader was named ("its discoverers" in a lede): named after the next leader. */
  awaitsLeader?: boolean;
}

/** Every claim spoken by `from` is spoken by `to` (one entity resolved to another). */
export function replaceSpeaker(speakers: (Entity | null)[], from: Entity, to: Entity): void {
  for (let k = 0; k < speakers.length; k++) if (speakers[k] === from) speakers[k] = to;
}
