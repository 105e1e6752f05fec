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
const ASCII = /^[\t\n\r\x20-\x7E]*$/;
const fold = (s: string): string =>
  ASCII.test(s)
    ? s
        .toLowerCase()
        .replace(/[^a-z0-9\s]/g, " ")
        .replace(/\s+/g, " ")
        .trim()
    : foldForCompare(s);
const wordsCache = new Map<string, string[]>();
/** Folded content words of a name or title (memoised: the same names recur through an article). */
const words = (s: string): string[] => {
  let w = wordsCache.get(s);
  if (!w) {
    if (wordsCache.size > 10_000) wordsCache.clear();
    w = computeWords(s);
    wordsCache.set(s, w);
  }
  return w;
};
const computeWords = (s: string): string[] => {
  const parts = fold(s).split(" ");
  // an ASCII name folds to [a-z0-9 ] only: no Arabic article to strip
  const words = ASCII.test(s) ? parts : parts.map((w) => w.replace(/^ال(?=..)/u, ""));
  return words.filter((w) => w && !TITLE_NOISE.has(w));
};

/** Every word of `small` is in `big` (name and title word lists are a few words: no Set is built). */
const containsAll = (big: string[] | Set<string>, small: string[]): boolean => {
  if (!small.length) return false;
  if (big instanceof Set) {
    for (const w of small) if (!big.has(w)) return false;
    return true;
  }
  for (const w of small) if (!big.includes(w)) return false;
  return true;
};

const RECENT_LIMIT = 64;

/** Coreference by rules: one entity per person or institution, named by the fullest name the article gives. */
export class SpeakerBook {
  readonly entities: Entity[] = [];
  private recency: Entity[] = [];

  private readonly byWord = new Map<string, Entity[]>();
  private readonly seen = new Map<Entity, number>();
  private clock = 0;

  private index(e: Entity): void {
    for (const w of e.nameWords) {
      const list = this.byWord.get(w) ?? [];
      if (!list.includes(e)) list.push(e);
      this.byWord.set(w, list);
    }
  }

  private touch(e: Entity): Entity {
    this.seen.set(e, ++this.clock);
    // recency keeps only entities met by title or pronoun lookups; capped so lookups stay cheap
    const i = this.recency.indexOf(e);
    if (i >= 0) this.recency.splice(i, 1);
    this.recency.push(e);
    if (this.recency.length > RECENT_LIMIT) this.recency.shift();
    return e;
  }

  private addTitle(e: Entity, title: string | null): void {
    if (!title) return;
    const tw = words(title);
    if (!tw.length) return;
    const key = tw.join(" ");
    // each distinct title once (the same title recurs with every mention of the person)
    if (e.titleWords.some((set) => set.size === tw.length && tw.every((w) => set.has(w)))) return;
    if (!e.titles.some((t) => words(t).join(" ") === key)) e.titles.push(title);
    e.titleWords.push(new Set(tw));
  }

  /**
   * Gives a speaker known only by a title («المتحدث باسم الوزارة») the name a continuing statement
   * introduces («وتابع العميد فادي نصر الله»), when that name is new to the article. Null otherwise.
   */
  nameUnnamed(e: Entity, parse: MentionParse): Entity | null {
    if (e.nameWords.length || !e.titles.length || !parse.name || parse.kind !== "person") return null;
    const nw = words(parse.name);
    if (!nw.length || nw.some((w) => this.byWord.has(w))) return null;
    e.name = parse.name;
    e.nameWords = nw;
    e.kind = "person";
    this.index(e);
    this.addTitle(e, parse.title);
    return this.touch(e);
  }

  /** Resolves a mention; `previous` is the speaker of the claim before, for pronouns and implicit subjects. */
  resolve(parse: MentionParse, previous: Entity | null): Entity | null {
    if (parse.name) {
      const nw = words(parse.name);
      if (nw.length) {
        // candidates share a name word; the most recently mentioned one wins
        let best: Entity | null = null;
        for (const e of this.byWord.get(nw[nw.length - 1] as string) ?? []) {
          const same = containsAll(e.nameWords, nw) || containsAll(nw, e.nameWords);
          if (same && (!best || (this.seen.get(e) ?? 0) > (this.seen.get(best) ?? 0))) best = e;
        }
        if (best) {
          if (nw.length > best.nameWords.length) {
            best.name = parse.name;
            best.nameWords = nw;
            this.index(best);
          }
          this.addTitle(best, parse.title);
          return this.touch(best);
        }
        const e: Entity = { name: parse.name, kind: parse.kind, titles: [], nameWords: nw, titleWords: [] };
        this.addTitle(e, parse.title);
        this.entities.push(e);
        this.index(e);
        return this.touch(e);
      }
    }
    if (parse.title) {
      const tw = words(parse.title);
      for (let i = this.recency.length - 1; i >= 0; i--) {
        const e = this.recency[i] as Entity;
        if (e.titleWords.some((t) => containsAll(t, tw))) return this.touch(e);
      }
      // an unnamed source («مصدر مسؤول», "a senior official") is known by its description
      const e: Entity = { name: parse.title, kind: "unknown", titles: [], nameWords: [], titleWords: [] };
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
