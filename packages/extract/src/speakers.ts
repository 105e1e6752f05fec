import { foldForCompare } from "./text/chars.ts";
import type { SpeakerKind } from "./types.ts";

/** What the words of a mention say about its speaker. */
export interface MentionParse {
  name: string | null;
  title: string | null;
  kind: SpeakerKind;
  /** A pronoun or other word that only points back ("he", «أنه»). */
  pronoun: boolean;
}

export interface Entity {
  name: string | null;
  kind: SpeakerKind;
  titles: string[];
  nameWords: string[];
  titleWords: Set<string>[];
}

const TITLE_NOISE = new Set(["the", "a", "an", "of", "for", "في", "من", "باسم"]);
const words = (s: string): string[] =>
  foldForCompare(s)
    .split(" ")
    .map((w) => w.replace(/^ال(?=..)/u, ""))
    .filter((w) => w && !TITLE_NOISE.has(w));

const containsAll = (big: string[] | Set<string>, small: string[]): boolean => {
  const set = big instanceof Set ? big : new Set(big);
  return small.length > 0 && small.every((w) => set.has(w));
};

/** Coreference by rules: one entity per person or institution, named by the fullest name the article gives. */
export class SpeakerBook {
  readonly entities: Entity[] = [];
  private recency: Entity[] = [];

  private touch(e: Entity): Entity {
    const i = this.recency.indexOf(e);
    if (i >= 0) this.recency.splice(i, 1);
    this.recency.push(e);
    return e;
  }

  private addTitle(e: Entity, title: string | null): void {
    if (!title) return;
    const tw = words(title);
    if (!tw.length) return;
    if (!e.titles.some((t) => foldForCompare(t) === foldForCompare(title))) e.titles.push(title);
    e.titleWords.push(new Set(tw));
  }

  /** Resolves a mention; `previous` is the speaker of the claim before, for pronouns and implicit subjects. */
  resolve(parse: MentionParse, previous: Entity | null): Entity | null {
    if (parse.name) {
      const nw = words(parse.name);
      if (nw.length) {
        for (let i = this.recency.length - 1; i >= 0; i--) {
          const e = this.recency[i] as Entity;
          if (!e.nameWords.length) continue;
          const same = containsAll(e.nameWords, nw) || containsAll(nw, e.nameWords);
          if (!same) continue;
          if (nw.length > e.nameWords.length) {
            e.name = parse.name;
            e.nameWords = nw;
          }
          this.addTitle(e, parse.title);
          return this.touch(e);
        }
        const e: Entity = { name: parse.name, kind: parse.kind, titles: [], nameWords: nw, titleWords: [] };
        this.addTitle(e, parse.title);
        this.entities.push(e);
        return this.touch(e);
      }
    }
    if (parse.title) {
      const tw = words(parse.title);
      for (let i = this.recency.length - 1; i >= 0; i--) {
        const e = this.recency[i] as Entity;
        if (e.titleWords.some((t) => containsAll(t, tw))) return this.touch(e);
      }
      const e: Entity = { name: null, kind: parse.kind, titles: [], nameWords: [], titleWords: [] };
      this.addTitle(e, parse.title);
      this.entities.push(e);
      return this.touch(e);
    }
    if (parse.pronoun && previous) return this.touch(previous);
    if (parse.pronoun) {
      for (let i = this.recency.length - 1; i >= 0; i--) {
        const e = this.recency[i] as Entity;
        if (e.kind === "person" && e.name) return this.touch(e);
      }
    }
    return previous;
  }
}
