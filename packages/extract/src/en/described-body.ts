import { type Entity, replaceSpeaker } from "../speaker-types.ts";

/**
 * "Laxey Wheel will not turn again until 2028, says heritage body" over a lede "…, Manx National Heritage has
 * revealed.", then "In a statement on Wednesday, the charity said …": a body described by what it is ("heritage
 * body", "the charity", "the organisation"), never by its name, is the body the story quotes by name — for a
 * headline, the one its first quoted paragraph names; in the body, the latest named body quoted before it.
 */

/** A description of a body that is no part of any body's name. */
const DESCRIBED_BODY = /^(?:the\s+)?(?:[a-z]+\s+)?(?:body|charity|organi[sz]ation)$/;

const namedBody = (e: Entity | null | undefined): e is Entity =>
  !!e && e.kind === "organisation" && !!e.name && /^\p{Lu}/u.test(e.name) && !DESCRIBED_BODY.test(e.name);

/** A capitalised name of two words or more with no title and no gender: a person or a body. */
const bareName = (e: Entity | null | undefined): e is Entity =>
  !!e &&
  e.kind === "person" &&
  !!e.name &&
  /^\p{Lu}/u.test(e.name) &&
  e.nameWords.length >= 2 &&
  !e.titles.length &&
  !e.gender;

/** Gives each voice known only as a described body (mentions[i]) the named body it stands for. */
export function joinDescribedBodies(speakers: (Entity | null)[], paras: number[], mentions: string[]): void {
  for (let i = 0; i < speakers.length; i++) {
    const e = speakers[i];
    if (!e || namedBody(e) || !DESCRIBED_BODY.test((mentions[i] ?? "").trim())) continue;
    let body: Entity | null = null;
    if (paras[i] === 0) {
      // (a body's bare name may have been read as a person's: the headline's description shows it is a body)
      const lede = paras.find((p) => p > 0);
      const ledeBodies = new Set(
        speakers.filter((x, k) => paras[k] === lede && (namedBody(x) || bareName(x))),
      );
      if (ledeBodies.size === 1) {
        body = [...ledeBodies][0] as Entity;
        body.kind = "organisation";
      }
    } else {
      for (let k = i - 1; k >= 0 && !body; k--) if (namedBody(speakers[k])) body = speakers[k] as Entity;
    }
    if (body) replaceSpeaker(speakers, e, body);
  }
}
