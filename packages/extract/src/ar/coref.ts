// Title coreference in Arabic news: «الوزير», «المدير الفني», «رئيس الحكومة» name the person the article
// introduced with a compatible title; a headline's or a lede's title names the person the body introduces.

import type { ArticleView, Draft } from "../draft.ts";
import type { NameMention } from "../names.ts";
import type { MentionParse } from "../speakers.ts";
import { withoutHarakat } from "../text/chars.ts";
import { paragraphAt } from "../text/segment.ts";
import { accusedByInitials, type Initialled, initialledPeople, LONE_ACCUSED } from "./accused.ts";
import {
  FUNCTION_WORDS,
  foldWord,
  isTeamNotRank,
  PERSON_TITLES,
  SAME_BEFORE,
  SAME_WORDS,
} from "./lexicon.ts";
import { titleHead } from "./phrase.ts";
import { nisba, type Role, roleOf, sameRole } from "./roles.ts";

/** Someone met with a title: named («وزير الزراعة عثمان البدوي») or not yet («المتحدث باسم الوزارة»). */
interface Holder {
  pos: number;
  role: Role;
  name: string | null;
  title: string;
  draft: Draft | null;
}

const OFFICIAL = "مسوول"; // «مسؤول», folded
const TEAM = "الفريق";
const WITNESS = foldWord("شاهد");
/** «شهادة», «بشهادة», «لشهادة»: a testimony, before the witness who gave it. */
const TESTIMONY = /(?<![\p{L}\p{M}])[بلو]?شهاد[ةه](?:[\s\u00A0]+|$)/gu;
/** Paragraphs of headline, subheadline, dateline and lede: their titles may name someone introduced later. */
const OPENING_PARAGRAPHS = 3;
/** How far (in paragraphs) a body's unnamed title may look ahead for the name («… قال المتحدث باسم الوزارة …» then «وأشار X، المتحدث باسم الوزارة»). */
const NAMED_LATER = 1;

/** «X، الذي يتولى منصب المتحدث باسم الوزارة منذ …»: the office a relative clause gives the name before it. */
const OFFICE_CLAUSE =
  /^[\s\u00A0]*[،,][\s\u00A0]*(?:الذي|التي)[\s\u00A0]+(?:يتولى|تتولى|يشغل|تشغل)[\s\u00A0]+(?:منصب[\s\u00A0]+)?([^،,.:«"]{3,80})/u;
function officeClause(text: string, from: number): string | null {
  const m = OFFICE_CLAUSE.exec(text.slice(from, from + 120));
  if (!m?.[1]) return null;
  const words = m[1].trim().split(/[\s\u00A0]+/u);
  const stop = words.findIndex((w, k) => k > 0 && FUNCTION_WORDS.has(foldWord(w)));
  const title = (stop > 0 ? words.slice(0, stop) : words).join(" ");
  return PERSON_TITLES.has(titleHead(words[0] as string)) ? title : null;
}

/** «مديرة صندوق النقد», «رئيس هيئة الأركان»: bare words in construct, then a definite one (no function word). */
function constructDefinite(title: string): boolean {
  const ws = title.split(/[\s\u00A0]+/u);
  const k = ws.findIndex((w) => /^ال/u.test(w));
  if (k < 0) return properConstruct(ws);
  return k > 1 && k < 4 && ws.slice(0, k + 1).every((w) => !FUNCTION_WORDS.has(foldWord(w)));
}

/** «مدير صحة تعز», «محافظ عدن»: bare words in construct ending in a place's name (no nisba adjective). */
const properConstruct = (ws: string[]): boolean =>
  ws.length > 1 &&
  ws.length < 5 &&
  !/(?:ي|ية|يه)$/u.test(ws.at(-1) as string) &&
  ws.every((w) => !FUNCTION_WORDS.has(foldWord(w)));

/** «عضو …»: a title word of either gender. */
const EPICENE = /^عضو(?:[\s\u00A0]|$)/u;

/** «نظيره», «نظيرتها»: the counterpart of the one named before. */
const COUNTERPART = /^نظير(?:ت)?(?:ه|ها)$/u;

/** Endings of the indefinite adjectives that follow a plural source: «سياسية», «مطلعون», «دبلوماسي». */
const ADJECTIVE_END = /(?:ة|ون|ين|ي)$/u;

export class ArabicTitles {
  private readonly holders: Holder[] = [];
  /** The name each title-only claim mention was resolved to. */
  private readonly resolved = new Map<Draft, string>();
  /** The initials of the accused last quoted by rank or description. */
  private lastAccused: string | null = null;
  /** Those the article names by initials in brackets (court reports). */
  private readonly initialled: Initialled[];

  constructor(
    private readonly view: ArticleView,
    private readonly drafts: Draft[],
    names: NameMention[],
    private readonly parse: (mention: string) => MentionParse,
  ) {
    this.initialled = initialledPeople(view.text);
    for (const n of names) this.add(n.pos, n.parse, null);
    for (const d of drafts) {
      if (d.mentionStart < 0) continue;
      const p = parse(view.text.slice(d.mentionStart, d.mentionEnd));
      const held = p.name && !p.title ? officeClause(view.text, d.mentionEnd) : null;
      this.add(d.mentionStart, held ? { ...p, title: held } : p, d);
    }
    this.holders.sort((a, b) => a.pos - b.pos);
    this.counterparts();
  }

  /**
   * «التقى وزير الخارجية الأردني X نظيره المصري Y»: a counterpart holds the office of the one met before
   * it, of its own country, so that «الوزير المصري» later names Y.
   */
  private counterparts(): void {
    this.holders.forEach((h, k) => {
      const [first, ...rest] = h.title.split(/[\s\u00A0]+/u);
      if (!first || !COUNTERPART.test(first)) return;
      // (the nearest earlier holder within 200 characters; holders are in text order)
      let before: Holder | undefined;
      for (let j = k - 1; j >= 0 && !before; j--) {
        const o = this.holders[j] as Holder;
        if (h.pos - o.pos >= 200) break;
        if (!COUNTERPART.test(o.title.split(/[\s\u00A0]+/u)[0] ?? "")) before = o;
      }
      if (!before) return;
      const own = rest.map(foldWord);
      const domain = [...before.role.domain.filter((w) => !nisba(w)), ...own];
      h.role = { ...before.role, domain, feminine: /ت(?:ه|ها)$/u.test(first), definite: true };
    });
  }

  private add(pos: number, p: MentionParse, draft: Draft | null): void {
    // «فريق التحقيق الدولي» … «وأضاف الفريق»: a team is what a lone «الفريق» after it names
    const [first, next] = (p.kind === "organisation" && p.name?.split(/[\s\u00A0]+/u)) || [];
    if (p.name && first && isTeamNotRank(first, next)) {
      const role = roleOf(TEAM);
      if (role) this.holders.push({ pos, role, name: p.name, title: TEAM, draft });
    }
    if (p.kind !== "person" || p.pronoun || !p.title || p.speaksFor) return;
    const role = roleOf(p.title);
    // «رأت عضو مجلس النواب X» … «وأضافت النائبة»: «عضو» serves both genders; her verb tells hers
    if (role && draft?.gender === "f" && EPICENE.test(withoutHarakat(p.title).replace(/^ال/u, "")))
      role.feminine = true;
    if (role) this.holders.push({ pos, role, name: p.name, title: p.title, draft });
  }

  /**
   * The named person a title-only mention stands for: the nearest earlier holder of a compatible title
   * (none if that one is unnamed), else, from a headline or lede, the first one the text introduces after it.
   */
  resolve(d: Draft, parse: MentionParse): MentionParse | null {
    if (parse.pronoun) return this.same(d);
    const mention = this.view.text.slice(d.mentionStart, d.mentionEnd);
    // («ورد المتهم» after «المتهم الرئيسي»: the accused last quoted)
    const accused = parse.speaksFor
      ? null
      : LONE_ACCUSED.test(mention.trim())
        ? this.lastAccused
        : accusedByInitials(this.initialled, d.mentionStart, mention);
    if (accused) {
      this.lastAccused = accused;
      this.resolved.set(d, accused);
      return { name: accused, title: parse.title ?? parse.name, kind: "person", pronoun: false };
    }
    if (parse.name || !parse.title || parse.pronoun || parse.kind !== "person" || parse.speaksFor)
      return null;
    const role = roleOf(parse.title);
    if (!role) return null;
    const at = d.mentionStart;
    // «مديرة صندوق النقد: …»: in a headline, a title in construct with a definite body names its one holder
    const headline = paragraphAt(this.view.sentences, at) === 0 && constructDefinite(parse.title);
    if (!role.definite && !headline) return this.headlineOfficial(d, role, parse.title);
    const witness = role.office === WITNESS && !role.domain.length ? this.testified(at) : null;
    if (witness) {
      this.resolved.set(d, witness);
      return { name: witness, title: parse.title, kind: "person", pronoun: false };
    }
    // «وأضاف المسؤول» after «مسؤول في الوزارة»: an official the article called so, before any other officeholder
    // (of the same gender: «وأضافت الفاعلة الجمعوية» is not the man called «المسؤول» before)
    const official = (h: Holder) => h.role.office === OFFICIAL && h.role.feminine === role.feminine;
    const own = role.office === OFFICIAL ? this.earlier(at, official) : undefined;
    const earlier = own !== undefined ? own : this.earlier(at, (h) => sameRole(role, h.role));
    if (earlier === null) return this.unnamedOfficial(at, role);
    const name = earlier ?? this.later(at, role);
    if (name === null) return null;
    this.resolved.set(d, name);
    return { name, title: parse.title, kind: "person", pronoun: false };
  }

  /**
   * «مسؤول صيني: …» over a lede «قال المتحدث باسم الجمارك الصينية X إن …»: a headline's unnamed official
   * is the one the opening paragraphs introduce next with a compatible title, when they name that one.
   */
  private headlineOfficial(d: Draft, role: Role, title: string): MentionParse | null {
    const at = d.mentionStart;
    if (role.office !== OFFICIAL || paragraphAt(this.view.sentences, at) > 0) return null;
    const next = this.holders.find((h) => h.pos > at && h.draft && sameRole(role, h.role));
    if (!next?.name || paragraphAt(this.view.sentences, next.pos) > OPENING_PARAGRAPHS) return null;
    this.resolved.set(d, next.name);
    return {
      name: next.name,
      title,
      kind: "person",
      pronoun: false,
    };
  }

  /**
   * «بحسب المصادر ذاتها», «وأضاف المصدر نفسه», «وتقول هذه الأوساط»: the nearest earlier speaker the article called by that noun
   * («مصادر قضائية»), who need not be the one quoted last. Null when none.
   */
  private same(d: Draft): MentionParse | null {
    const words = this.view.text.slice(d.mentionStart, d.mentionEnd).split(/[\s\u00A0]+/u);
    if (words.length !== 2) return null;
    // «المصادر ذاتها» or, pointing before the noun, «نفس المصادر», «هذه الأوساط»
    const before = SAME_BEFORE.has(foldWord(words[0] as string));
    if (!before && !SAME_WORDS.has(foldWord(words[1] as string))) return null;
    const head = foldWord(words[before ? 1 : 0] as string);
    for (let k = this.drafts.indexOf(d) - 1; k >= 0; k--) {
      const e = this.drafts[k] as Draft;
      if (e.mentionStart < 0 || e.mentionStart >= d.mentionStart) continue;
      const mention = this.view.text.slice(e.mentionStart, e.mentionEnd);
      if (foldWord(mention.split(/[\s\u00A0]+/u)[0] as string) !== head) continue;
      const p = this.parse(mention);
      return p.pronoun ? null : p;
    }
    return before ? this.introduced(words[1] as string, d.mentionStart) : null;
  }

  /**
   * «تتحدث أوساط سياسية متابعة عن …» … «وتقول هذه الأوساط»: where no claim named them before, the
   * pointed-back noun is the one the text last brought in without the article, with its adjectives.
   */
  private introduced(noun: string, at: number): MentionParse | null {
    const bareNoun = withoutHarakat(noun).replace(/^ال/u, "");
    if (bareNoun.length < 3) return null;
    const found = [
      ...this.view.text.slice(0, at).matchAll(new RegExp(`(?<![\\p{L}])${bareNoun}(?![\\p{L}])`, "gu")),
    ].pop();
    if (found?.index === undefined) return null;
    const after = this.view.text.slice(found.index + found[0].length, at);
    const words = [found[0]];
    for (const raw of after.split(/[\s\u00A0]+/u).slice(1, 4)) {
      const w = raw.replace(/[^\p{L}\u064B-\u065F\u0640]+$/u, "");
      const b = withoutHarakat(w);
      if (!/^\p{L}+$/u.test(b) || FUNCTION_WORDS.has(foldWord(w)) || /^ال/u.test(b) || !ADJECTIVE_END.test(b))
        break;
      words.push(w);
      if (w !== raw) break;
    }
    const p = this.parse(words.join(" "));
    return p.pronoun ? null : p;
  }

  /**
   * «واستمعت المحكمة إلى شهادة ضابط التحريات، الرائد X، …» then «وأضاف الشاهد»: the witness is the named
   * person whose testimony («شهادة») the article last reported, right after that word.
   */
  private testified(at: number): string | null {
    const before = this.view.text.slice(0, at);
    const m = [...before.matchAll(TESTIMONY)].pop();
    if (m?.index === undefined) return null;
    const from = m.index + m[0].length;
    const h = this.holders.find((x) => x.pos >= from && x.pos < at && x.pos - from <= 80 && x.name);
    return h?.name ?? null;
  }

  /**
   * The name of the nearest holder before `at` that `fits`: null when that holder is unnamed (the book
   * knows it by its title), undefined when there is none.
   */
  private earlier(at: number, fits: (h: Holder) => boolean): string | null | undefined {
    for (let k = this.holders.length - 1; k >= 0; k--) {
      const h = this.holders[k] as Holder;
      if (h.pos < at && fits(h)) return h.name ?? (h.draft ? (this.resolved.get(h.draft) ?? null) : null);
    }
    return undefined;
  }

  /**
   * «وقال المسؤول العماني» after «ولفت مدير الأرصاد الجوية في سلطنة عمان …»: an official standing for the
   * nearest earlier speaker holding a compatible office whom the article never names, by that one's title.
   */
  private unnamedOfficial(at: number, role: Role): MentionParse | null {
    if (role.office !== OFFICIAL) return null;
    const h = this.holders.findLast((x) => x.pos < at && sameRole(role, x.role));
    return h?.draft && !h.name ? { name: null, title: h.title, kind: "person", pronoun: false } : null;
  }

  /** The first named holder of a compatible title after `at`, near enough for the text to mean that one. */
  private later(at: number, role: Role): string | null {
    const { sentences } = this.view;
    const para = paragraphAt(sentences, at);
    const opening = para < OPENING_PARAGRAPHS;
    if (!opening && !role.domain.length) return null;
    const last = para + (opening ? OPENING_PARAGRAPHS : NAMED_LATER);
    for (const h of this.holders) {
      if (h.pos <= at || !(sameRole(role, h.role) || sameRole(h.role, role))) continue;
      if (paragraphAt(sentences, h.pos) > last) break;
      if (h.name) return h.name;
    }
    // a headline's title names the one the story introduces with that office further down, also given in
    // full there («وزير النقل الألماني: …» … «انتقد وزير النقل الألماني يورغن هالبرغ …»; «وزير الإسكان
    // يكشف: …» … «كشف وزير الإسكان والتخطيط العمراني، X،»), when no one else holds it
    if (para > 0 || !role.domain.length) return null;
    const named = this.holders.filter((h) => h.pos > at && h.name && sameRole(role, h.role));
    return named.length && named.every((h) => h.name === named[0]?.name) ? (named[0]?.name ?? null) : null;
  }
}
