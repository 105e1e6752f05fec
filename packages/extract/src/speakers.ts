import { bodyNamedByWord } from "./body-by-word.ts";
import {
  bareNamedBody,
  COURT_OFFICER,
  fitsGender,
  namedJudge,
  namesCandidacy,
  officeHolder,
  partyCandidate,
  personOfAge,
  pluralHead,
} from "./entity-traits.ts";
import { LastPair } from "./former-latter.ts";
import { namesPlaceholder } from "./generic-bodies.ts";
import { genericBody } from "./generic-mention.ts";
import { initialismBody } from "./initialism-body.ts";
import { byInitials, initialismSpelledIn } from "./initialisms.ts";
import { namedSpokesperson } from "./named-spokesperson.ts";
import { officeHolderOf } from "./office-holder.ts";
import { memberOfGroup } from "./partitive.ts";
import { bodyOfPerson } from "./persons-body.ts";
import { groupSpoken, latestPerson, sameNamed } from "./speaker-lookups.ts";
import type { Entity, MentionParse } from "./speaker-types.ts";
import { awaitingTeam, leaderNamed } from "./team-entities.ts";
import { betterSpelled } from "./text/chars.ts";
import { computeWords, sameOffice } from "./title-words.ts";

export type { Entity, MentionParse } from "./speaker-types.ts";

const RECENT_LIMIT = 64;
/** Coreference by rules: one entity per person or institution, named by the fullest name the article gives. */
export class SpeakerBook {
  readonly entities: Entity[] = [];
  private recency: Entity[] = [];
  /** The person a sentence last opened with ("Arizona Gov. Luis Cantera … In a letter, he wrote"). */
  private introduced: { entity: Entity; at: number } | null = null;
  /** The organisation a sentence last opened with ("Halvard Motors … declined to comment. A spokesman said"). */
  private introducedBody: { entity: Entity; at: number } | null = null;
  private lastClaimAt = 0;
  /** The last claim's speaker was a body voiced by a person ("A spokeswoman for X said", "She added"). */
  private bodyVoiced = false;
  /** The gender of the person the body last spoke through ("A council spokeswoman said"). */
  private voiceGender: "m" | "f" | undefined;
  /** The document a sentence last opened with ("The memo … sets out …. It warns that …"). */
  private introducedDocument: { entity: Entity; at: number } | null = null;
  /** The person last named in a sentence outside any claim ("Among those caught was Graham Tilley"). */
  private metOutside: { entity: Entity; at: number } | null = null;

  /** The last two people named ("the former", "the latter"). */
  private readonly named = new LastPair();

  private readonly byWord = new Map<string, Entity[]>();
  private clock = 0;
  private readonly wordsOf = new Map<string, string[]>();

  private readonly variantsOf = new Map<string[], string[][]>();

  /** `titleVariants`: other word lists that name the office of a title's words (a language's synonyms). */
  constructor(private readonly titleVariants?: (titleWords: string[]) => string[][]) {}

  /** titleVariants of a title's words (memoised by the list `words` gives: the same titles recur). */
  variants(tw: string[]): string[][] {
    let v = this.variantsOf.get(tw);
    if (!v) {
      v = this.titleVariants?.(tw) ?? [];
      this.variantsOf.set(tw, v);
    }
    return v;
  }

  /** Folded content words of a name or title (memoised: the same names recur through an article). */
  words(s: string): string[] {
    let w = this.wordsOf.get(s);
    if (!w) {
      w = computeWords(s);
      this.wordsOf.set(s, w);
    }
    return w;
  }

  private index(e: Entity): void {
    for (const w of e.nameWords) {
      const list = this.byWord.get(w) ?? [];
      if (!list.includes(e)) list.push(e);
      this.byWord.set(w, list);
    }
  }

  private touch(e: Entity): Entity {
    e.seenAt = ++this.clock;
    // recency keeps only entities met by title or pronoun lookups; capped so lookups stay cheap
    if (this.recency[this.recency.length - 1] === e) return e; // met again: already the latest
    const i = this.recency.indexOf(e);
    if (i >= 0) this.recency.splice(i, 1);
    this.recency.push(e);
    if (this.recency.length > RECENT_LIMIT) this.recency.shift();
    return e;
  }

  /** A title of `e` (also one the article gives by another mention: an unnamed lede role found to be `e`). */
  addTitle(e: Entity, title: string | null): void {
    if (!title) return;
    // ("Special Assistant to the Prime Minister": the office is the assistant's, not the minister's)
    const served = title.search(/\sto\s+the\s/i);
    const tw = this.words(served > 0 ? title.slice(0, served) : title);
    if (!tw.length) return;
    const key = tw.join(" ");
    // each distinct title once (the same title recurs with every mention of the person)
    if (e.titleWords.some((set) => set.size === tw.length && tw.every((w) => set.has(w)))) return;
    if (!e.titles.some((t) => this.words(t).join(" ") === key)) e.titles.push(title);
    e.titleWords.push(new Set(tw));
    // "Justice Amaka Obi … the judge": a judge's honorific names her office
    if (key === "justice") e.titleWords.push(new Set(["judge"]));
  }

  /**
   * Gives a speaker known only by a title («المتحدث باسم الوزارة») the name a continuing statement
   * introduces («وتابع العميد فادي نصر الله»), when that name is new to the article. Null otherwise.
   */
  nameUnnamed(e: Entity, parse: MentionParse): Entity | null {
    if (e.nameWords.length || !e.titles.length || !parse.name || parse.kind !== "person") return null;
    const nw = this.words(parse.name);
    if (!nw.length || nw.some((w) => this.byWord.has(w))) return null;
    e.name = parse.name;
    e.nameWords = nw;
    e.kind = "person";
    this.index(e);
    this.addTitle(e, parse.title);
    return this.touch(e);
  }

  /**
   * The one named person the article gives the office an unnamed speaker is known by ("says mayor" in a
   * headline → "Mayor Delphine Oduya" in the body), or null when none or several hold it (of `among` when given).
   */
  holderOf(e: Entity, among?: ReadonlySet<Entity>): Entity | null {
    return officeHolderOf(this, e, among);
  }

  /**
   * A name met in the text outside any claim; `lead` when it opens its sentence (a new subject), `outside`
   * when it stands after the last claim's words (not in its content).
   */
  register(parse: MentionParse, lead: boolean, knownOnly = false, outside = false): void {
    if (knownOnly) {
      const w = parse.name ? this.words(parse.name) : [];
      const named = w.length === 1 ? this.byWord.get(w[0] as string) : undefined;
      const e = named?.length === 1 ? this.touch(named[0] as Entity) : null;
      if (e && parse.gender && !e.gender && e.kind === "person") e.gender = parse.gender;
      if (e) this.named.note(e);
      // ("In the weeks since, Mrs. Clinton has held rallies …. She spoke about …": the subject again)
      // (by the family name: "Fine." opening a sentence is no "Fine Gael")
      if (e && lead && e.kind === "person" && e.nameWords.at(-1) === w[0])
        this.introduced = { entity: e, at: this.clock };
      return;
    }
    const e = this.resolveParse(parse, null);
    if (e && parse.gender && !e.gender && e.kind === "person") e.gender = parse.gender;
    if (e) this.named.note(e);
    // (a described person, "a senior party figure", is known by its title: kind unknown)
    const person = e?.kind === "person" || (e?.kind === "unknown" && parse.kind === "person" && !parse.name);
    if (e && lead && person) this.introduced = { entity: e, at: this.clock };
    // (the first one named: "Graham Tilley, from Elizabeth Downs," — a place may follow the person)
    const first = !this.metOutside || this.metOutside.at <= this.lastClaimAt;
    if (e && outside && first && e.kind === "person" && e.name)
      this.metOutside = { entity: e, at: this.clock };
    if (e && lead && e.kind === "organisation") this.introducedBody = { entity: e, at: this.clock };
    if (e && parse.document) e.document = true;
    if (e && lead && parse.document) this.introducedDocument = { entity: e, at: this.clock };
  }

  /** The body whose statement the article last quoted ("X said in a statement"): what "the statement" speaks for. */
  private statementBody: Entity | null = null;

  /**
   * A claim of `e` came with a statement: the body is `e` (a body's initials too: "RCMP said in a news release"),
   * or for a person the body in focus.
   */
  noteStatement(e: Entity): void {
    const body = e.kind === "organisation" || initialismBody(e);
    this.statementBody = body ? e : (this.focus(null) ?? this.statementBody);
  }

  /** "…, the statement said": the body of the statement quoted before, if any. */
  statementSpeaker(): Entity | null {
    const e = this.statementBody;
    if (e) e.claims = (e.claims ?? 0) + 1;
    return e ? this.touch(e) : null;
  }

  /** Resolves a claim's mention (`previous`: the speaker before, for pronouns); a `silent` one is not counted. */
  resolve(parse: MentionParse, previous: Entity | null, silent = false): Entity | null {
    let e = this.resolveParse(parse.personsBody ? { ...parse, personsBody: undefined } : parse, previous);
    // "her office": the body of the person the pronoun stands for ("Anna Berg's office")
    if (parse.personsBody && e) e = this.touch(bodyOfPerson(this.entities, e, parse.personsBody));
    if (e && parse.leadsTeam) leaderNamed(this.entities, e);
    if (e && parse.gender && !e.gender && e.kind !== "organisation") e.gender = parse.gender;
    if (e && parse.document) e.document = true;
    if (e && !silent) e.claims = (e.claims ?? 0) + 1;
    if (e && parse.name) this.named.note(e);
    this.lastClaimAt = this.clock;
    // ("A spokeswoman for the council said …. She added …": the body speaks through a person)
    this.bodyVoiced =
      e?.kind === "organisation" &&
      (parse.pronoun ? this.bodyVoiced && e === previous : parse.kind === "person" || !!parse.speaksFor);
    this.voiceGender = !this.bodyVoiced ? undefined : parse.pronoun ? this.voiceGender : parse.gender;
    return e;
  }

  /** The first person of that gender the article quoted: in a profile or obituary, its subject. */
  private firstQuoted(g: "m" | "f"): Entity | undefined {
    return this.entities.find((e) => e.kind === "person" && e.gender === g && e.claims);
  }

  /** The latest person of that gender named since the last claim's speaker, other than `speaker`. */
  private namedSinceClaim(speaker: Entity | null, g: "m" | "f"): Entity | undefined {
    return this.recency.findLast(
      (e) =>
        (e.seenAt ?? 0) > this.lastClaimAt &&
        e !== speaker &&
        e.kind === "person" &&
        !!e.name &&
        fitsGender(e, g),
    );
  }

  /** The organisation in focus: the speaker just before if it is one, else the latest one met. */
  private focus(previous: Entity | null): Entity | null {
    const fresh = this.introducedBody;
    if (fresh && fresh.at > this.lastClaimAt && fresh.entity.name) return fresh.entity;
    if (previous?.kind === "organisation" && previous.name) return previous;
    for (let i = this.recency.length - 1; i >= 0; i--) {
      const e = this.recency[i] as Entity;
      if (e.kind === "organisation" && e.name && !e.generic) return e;
    }
    return null;
  }

  /** The person a sentence opened with since the last claim, else the previous speaker, else the latest person met. */
  private personInFocus(previous: Entity | null, g: "m" | "f" | undefined): Entity | null {
    const fresh = this.introduced;
    if (fresh && fresh.at > this.lastClaimAt && fitsGender(fresh.entity, g)) return fresh.entity;
    if (previous?.name && previous.kind === "person" && fitsGender(previous, g)) return previous;
    return this.recency.findLast((e) => e.kind === "person" && !!e.name && fitsGender(e, g)) ?? null;
  }

  private resolveParse(parse: MentionParse, previous: Entity | null): Entity | null {
    // ("Port Authority spokesperson Dana Leary said …. “…,” the spokesperson said": the one named)
    const spokesperson =
      parse.speaksFor === "focus" && parse.definite ? namedSpokesperson(this.recency, parse) : null;
    if (spokesperson) return this.touch(spokesperson);
    if (parse.speaksFor) {
      // "a spokesperson for the company", "A spokeswoman said": the body speaks
      const owned = parse.kind === "person" && !!parse.title; // "its chief executive"
      const body =
        owned && parse.speaksFor === "focus" && previous && bareNamedBody(previous)
          ? previous
          : parse.speaksFor === "focus"
            ? this.focus(previous)
            : this.resolveParse(parse.speaksFor, previous);
      // ("Its chief executive, Jane Doe, said …. Its chief executive added": the body's holder named since)
      const holder =
        owned && body ? officeHolder(this.recency, body, this.words(parse.title as string)) : null;
      if (body && body.kind !== "unknown") return this.touch(holder ?? body);
      parse = { ...parse, speaksFor: undefined };
    }
    if (parse.generic)
      return this.touch(genericBody(this.entities, this.recency, parse.generic, parse, previous));
    if (parse.name) {
      const nw = this.words(parse.name);
      if (nw.length) return this.resolveByName(parse as MentionParse & { name: string }, nw);
    }
    // ("a team led by Kenji Morikawa …" then "…, the authors write")
    if (parse.team)
      return this.touch(
        this.recency.findLast((e) => e.leadsTeam) ?? awaitingTeam(this.entities, parse.title),
      );
    // ("the Republican nominee" after "Republican nominee Tom Hale": the one whose title gives the party; else
    // the title is read as any other, not as the person in focus — campaign stories quote both candidates)
    const candidate = parse.epithet ? partyCandidate(this.recency, parse.title) : null;
    if (candidate) return this.touch(candidate);
    if (parse.epithet && !namesCandidacy(parse.title)) {
      // ("Among those caught was Graham Tilley …. The retired fitter told the ABC": someone named since the
      // last claim, outside it, is whom a new epithet describes)
      // (a person who opened a sentence since then comes first: "Mill Lane boss Oscar Pinto was wary …")
      const met = this.metOutside;
      const lead = this.introduced && this.introduced.at > this.lastClaimAt;
      const fresh =
        !lead && met && met.at > this.lastClaimAt && fitsGender(met.entity, parse.gender) ? met.entity : null;
      const e = personOfAge(this.recency, parse.title) ?? fresh ?? this.personInFocus(previous, parse.gender);
      if (e) return this.touch(e);
    }
    const pointed = parse.title && !parse.name ? this.named.pick(parse.title) : null;
    if (pointed) return this.touch(pointed);
    if (parse.title) return this.resolveByTitle(parse as MentionParse & { title: string });
    if (parse.pronoun && parse.plural) {
      const group = groupSpoken(this.introduced, this.lastClaimAt, previous, this.recency);
      return group ? this.touch(group) : null;
    }
    // ("The memo, seen by Sky News, sets out three options. It warns that …": the document just introduced)
    const document = this.introducedDocument;
    if (parse.neuter && document && document.at > this.lastClaimAt) return this.touch(document.entity);
    if (parse.pronoun) return this.resolvePronoun(parse, previous);
    return previous;
  }

  /** A named mention (nw: its name words): the entity of that name, its initials or placeholder, or a new one. */
  private resolveByName(parse: MentionParse & { name: string }, nw: string[]): Entity {
    const best = sameNamed(this.byWord.get(nw[nw.length - 1] as string), nw, parse, this.recency);
    if (best) {
      if (parse.kind === "organisation" && best.kind !== "organisation") best.kind = "organisation";
      // (as many words: an official name's capitals win, "Qatar's Ministry of Foreign Affairs")
      if (
        nw.length > best.nameWords.length ||
        (nw.length === best.nameWords.length && betterSpelled(parse.name, best.name ?? ""))
      ) {
        best.name = parse.name;
        best.nameWords = nw;
        this.index(best);
      }
      this.addTitle(best, parse.title);
      this.spellInitialism(parse.title);
      return this.touch(best);
    }
    // "the NTA" after "the National Transport Authority" (or before it, in a headline): one body
    const initials = byInitials(this.entities, parse, nw);
    if (initials) {
      this.index(initials);
      return this.touch(initials);
    }
    if (parse.kind === "organisation") {
      // (only a kind the name shows: "the ministry", "police", "the army" — not "the company")
      const placeholder = this.recency.find((e) => namesPlaceholder(e, parse.name as string));
      if (placeholder) {
        placeholder.name = parse.name;
        placeholder.nameWords = nw;
        placeholder.generic = undefined;
        this.index(placeholder);
        return this.touch(placeholder);
      }
    }
    const e: Entity = { name: parse.name, kind: parse.kind, titles: [], nameWords: nw, titleWords: [] };
    if (parse.gender) e.gender = parse.gender;
    this.addTitle(e, parse.title);
    this.spellInitialism(parse.title);
    this.entities.push(e);
    this.index(e);
    return this.touch(e);
  }

  /** A body met by its initials takes the full name a title spells ("Ketchikan Public Utilities General Manager"). */
  private spellInitialism(title: string | null): void {
    const spelled = initialismSpelledIn(this.entities, title);
    if (!spelled) return;
    Object.assign(spelled.entity, {
      name: spelled.name,
      nameWords: this.words(spelled.name),
      kind: "organisation",
    });
    this.index(spelled.entity);
  }

  /** A titled mention without a name: the latest holder of the title, a judge, the protagonist, or an unnamed source. */
  private resolveByTitle(parse: MentionParse & { title: string }): Entity {
    // ("three EU diplomats … one of the diplomats said": an EU diplomat)
    const body = bodyNamedByWord(this.recency, parse);
    if (body) return this.touch(body);
    const member = memberOfGroup(parse.title, this.recency);
    if (member) parse = { ...parse, title: member };
    const tw = this.words(parse.title as string);
    const variants = this.variants(tw);
    for (let i = this.recency.length - 1; i >= 0; i--) {
      const e = this.recency[i] as Entity;
      if (e.titleWords.some((t) => sameOffice(t, tw) || variants.some((v) => sameOffice(t, v))))
        return this.touch(e);
    }
    const judge = namedJudge(this.recency, parse.title as string); // "the judge" after "Mr Justice Harlow"
    if (judge) return this.touch(judge);
    // "the home secretary" after "Catherine Ellery told MPs …": someone the article has introduced, the first
    // speaker it quoted without any title of their own (its protagonist) — never for an officer of the court
    if (parse.definite && parse.kind === "person" && !COURT_OFFICER.test(parse.title as string)) {
      const best = this.entities.find(
        (e) => e.kind === "person" && e.name && !e.titles.length && e.claims && fitsGender(e, parse.gender),
      );
      if (best) {
        this.addTitle(best, parse.title);
        return this.touch(best);
      }
    }
    // an unnamed source («مصدر مسؤول», "a senior official") is known by its description
    const e: Entity = { name: parse.title, kind: "unknown", titles: [], nameWords: [], titleWords: [] };
    this.addTitle(e, parse.title);
    this.entities.push(e);
    return this.touch(e);
  }

  /** He, she, it: the person named in the speaker's words, the new subject, the previous speaker, the latest person. */
  private resolvePronoun(parse: MentionParse, previous: Entity | null): Entity | null {
    const g = parse.kind === "person" ? parse.gender : undefined;
    // ("Ana Ruiz said Tom Hale was right when he said …": in a speaker's reported words, a he/she is the
    // person of that gender they named before it; else the speaker, "Ana Ruiz said she …")
    const named = parse.reported && g ? this.namedSinceClaim(previous, g) : undefined;
    if (named) return this.touch(named);
    // a person who opened a sentence since the last claim is the new subject
    const fresh = this.introduced;
    if (fresh && fresh.at > this.lastClaimAt && g && fitsGender(fresh.entity, g))
      return this.touch(fresh.entity);
    // ("Her critics say …. “…,” she says": one person, not the plural description)
    if (previous && (!g || (fitsGender(previous, g) && !pluralHead(previous)))) return this.touch(previous);
    // ("A spokeswoman for the district said …. Asked in a 2015 interview …, she said"): the person the
    // story is about, the first one of that gender it quoted
    const protagonist = parse.recalled && g ? this.firstQuoted(g) : undefined;
    if (protagonist) return this.touch(protagonist);
    // ("Ann Lee said …. A council spokeswoman said …. She said …": the body, through the same person)
    if (previous && g && this.bodyVoiced && this.voiceGender === g) return this.touch(previous);
    const person = latestPerson(this.recency, g, this.introduced?.entity);
    if (person) return this.touch(person);
    // ("The council said …. Residents were angry. “…,” she said": a he/she is a person — the body only
    // when a person of it spoke for it last; else no one the article names)
    if (previous && g && previous.kind === "organisation" && !this.bodyVoiced) return null;
    if (previous) return this.touch(previous);
    return previous;
  }
}
