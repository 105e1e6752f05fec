import { type ArticleView, type Draft, newDraft, trimSpan } from "../draft.ts";
import { quoteAt } from "../text/quotes.ts";
import type { Sentence } from "../text/segment.ts";
import { type Token, tokensForward } from "../text/tokens.ts";
import { trieSource } from "../text/trie.ts";
import { colonDrafts, speakerLineDrafts } from "./layout.ts";
import { AUX, CUE_PARTICLES, HEARER_VERBS, TIME_WORDS, VERB_FORMS, WEAK_VERBS } from "./lexicon.ts";
import { subjectAfter, subjectBefore } from "./source.ts";

const BE = new Set(["is", "are", "was", "were", "be", "been", "being", "am"]);
const NOT_BEFORE_VERB = new Set(
  "to a an the this that these those his her their its our my your some many most any no every each all several few other new former for of by about without after before with from in on having".split(
    " ",
  ),
);
const BASE_FORM_SUBJECTS = new Set(["i", "we", "you", "they"]);
const COLLECTIVES = new Set([
  "police",
  "people",
  "staff",
  "media",
  "clergy",
  "military",
  "public",
  "majority",
  "minority",
]);
const CALL_OBJECTS = new Set("it him her them the a an this that his their for on upon".split(" "));
const ADJUNCT_START = new Set(
  "on in at during after before via from to last this earlier late early while when over through with by".split(
    " ",
  ),
);
const OBJECT_PRONOUNS = new Set(
  "him her them us me you reporters lawmakers supporters voters listeners viewers journalists attendees students".split(
    " ",
  ),
);
const PARTICLE_VERBS = new Set(["call", "point"]);
const CLAUSE_OPENERS = /^[“"«‘']/;
const lower = (t: Token): string => t.text.toLowerCase();

interface VerbHit {
  index: number;
  form: string;
  base: string;
  participle: boolean;
}

const NOUN_LIKE = new Set(
  "attack claim state report note charge call demand question answer comment counter fear hope worry support welcome estimate promise pledge vow warn concern".split(
    " ",
  ),
);
const OBJECT_OPENERS = new Set(
  "that the a an he she it they his her their its this these those we i you him them".split(" "),
);
const opensObject = (t: Token | undefined): boolean =>
  !!t &&
  (t.word ? OBJECT_OPENERS.has(t.text.toLowerCase()) || /^\p{Lu}/u.test(t.text) : /[“"«:‘']/.test(t.text));

/** "has", "also", "sharply" between the speaker and the verb (lowercase: "Theresa May said" is a name). */
const isAuxiliary = (t: Token): boolean =>
  /^[a-z]/.test(t.text) &&
  (AUX.has(t.text) || (t.text.length > 4 && t.text.endsWith("ly") && !NOT_ADVERBS.has(t.text)));
const NOT_ADVERBS = new Set([
  "family",
  "ally",
  "rally",
  "italy",
  "only",
  "early",
  "july",
  "daily",
  "weekly",
  "reply",
]);

/** A form of "be" right before the verb, adverbs aside: a passive, not a report. */
function passive(toks: Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const t = toks[k] as Token;
    if (!t.word) return false;
    if (BE.has(lower(t))) return true;
    if (!isAuxiliary(t) || AUX.has(lower(t))) return false;
  }
  return false;
}

const quoteSoon = (toks: Token[], i: number): boolean =>
  toks.slice(i + 1, i + 10).some((t) => /^[“"«‘]$/.test(t.text));

/** A title-case headline ("Lindsey Graham Says …"): capitalised verbs are verbs there. */
function isHeadline(view: ArticleView, si: number, toks: Token[]): boolean {
  if (si !== 0 || (view.sentences[0] as Sentence).para !== 0) return false;
  const words = toks.filter((t) => t.word && /^[A-Za-z]/.test(t.text));
  const capitalised = words.filter((t) => /^[A-Z]/.test(t.text)).length;
  return words.length >= 3 && capitalised / words.length >= 0.6;
}

function verbHits(toks: Token[], candidates: number[], headline: boolean): VerbHit[] {
  const hits: VerbHit[] = [];
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as Token;
    if (!t.word || !candidates.includes(t.start)) continue;
    if (!headline && /^\p{Lu}/u.test(t.text) && i > 0) continue; // "the United States", "State of the Union"
    const w = lower(t);
    const info =
      VERB_FORMS.get(w) ??
      (/^point(?:s|ed|ing)?$/.test(w) && toks[i + 1]?.text === "out"
        ? { base: "point", participle: w.endsWith("ing") }
        : undefined);
    if (!info) continue;
    const prev = toks[i - 1];
    if (prev?.word && NOT_BEFORE_VERB.has(lower(prev))) continue; // "to say", "the report", "a claim"
    if (!info.participle && passive(toks, i)) continue; // "was told", "were mistakenly charged"
    const next = toks[i + 1];
    const nextWord = (next?.text ?? "").toLowerCase();
    // "a group called X" names; "called Trump a “liar”", "called it a …" reports
    if (info.base === "call" && !CALL_OBJECTS.has(nextWord) && !quoteSoon(toks, i)) continue;
    if (nextWord === "up" || nextWord === "off" || nextWord === "by") continue; // "showed up", "reporting by"
    // a plural noun that looks like a verb ("the 9/11 attacks", "Amendment claims"): a verb opens its object
    if (NOUN_LIKE.has(info.base) && /s$/.test(w) && w !== info.base && !opensObject(next)) continue;
    hits.push({ index: i, form: w, ...info });
  }
  return hits;
}

/** Skips what stands between a verb and its content: a hearer, time words, "in a statement", "that". */
function contentStartAfter(toks: Token[], from: number, base: string): { pos: number; that: boolean } {
  let i = from;
  const thatWithin = (limit: number): number => {
    for (let k = i; k < Math.min(toks.length, i + limit); k++) {
      const t = toks[k] as Token;
      if (t.word && lower(t) === "that") return k;
      if (!t.word && t.text !== "." && t.text !== "’" && t.text !== "'") return -1;
    }
    return -1;
  };
  if (HEARER_VERBS.has(base)) {
    const k = thatWithin(14);
    if (k >= 0) return { pos: (toks[k] as Token).end, that: true };
    let n = 0;
    while (i < toks.length && n < 6) {
      const t = toks[i] as Token;
      if (!t.word) break;
      if (
        OBJECT_PRONOUNS.has(lower(t)) ||
        /^\p{Lu}/u.test(t.text) ||
        (n > 0 && ["of", "the"].includes(lower(t)))
      ) {
        i++;
        n++;
      } else break;
    }
  }
  const t = toks[i];
  if (t?.word && (ADJUNCT_START.has(lower(t)) || TIME_WORDS.has(lower(t)))) {
    const k = thatWithin(10);
    if (k >= 0) return { pos: (toks[k] as Token).end, that: true };
    // "said Monday", "said on Monday" before the content
    if (lower(t) === "on" && toks[i + 1] && TIME_WORDS.has(lower(toks[i + 1] as Token))) i++;
    while (i < toks.length && toks[i]?.word && TIME_WORDS.has(lower(toks[i] as Token))) i++;
  }
  const next = toks[i];
  if (next?.word && lower(next) === "that") return { pos: next.end, that: true };
  if (next?.text === ":" || next?.text === ",") return { pos: next.end, that: false };
  return { pos: next ? next.start : (toks[toks.length - 1]?.end ?? 0), that: false };
}

/** Reported content after the cue: to the sentence end, through a quote that runs on, before ", adding". */
const WRITER_CONTINUES = /,\s+(?:(?:but|and|while)\s+(?:(?:also|then|later)\s+)?[a-z]+ed\b|which\s)/g;

function contentAfter(
  view: ArticleView,
  s: Sentence,
  start: number,
  stops: number[],
): [number, number] | null {
  const { text, quotes } = view;
  let end = s.end;
  for (const stop of stops) if (stop > start && stop < end && !quoteAt(quotes, stop)) end = stop;
  // ", but offered no proof", ", which forced her …": the writer goes on
  // (searches stay inside the sentence: scanning on to the end of the article would be quadratic)
  const span = text.slice(start, end);
  WRITER_CONTINUES.lastIndex = 0;
  for (let m = WRITER_CONTINUES.exec(span); m; m = WRITER_CONTINUES.exec(span)) {
    if (!quoteAt(quotes, start + m.index)) {
      end = start + m.index;
      break;
    }
  }
  const semicolon = span.indexOf(";");
  if (semicolon > 0 && start + semicolon < end && !quoteAt(quotes, start + semicolon))
    end = start + semicolon;
  const q = quoteAt(quotes, start) ?? quoteAt(quotes, start + 1);
  if (q && q.start >= start - 1 && q.end > end && q.closed && end === s.end) end = q.end;
  return trimSpan(text, start, end);
}

/** Reported content before a comma that precedes the speaker ("“…,” Smith said"): back to the quote's start. */
function contentBefore(view: ArticleView, s: Sentence, end: number, floor: number): [number, number] | null {
  const { text, quotes } = view;
  let e = end;
  while (e > s.start && /[\s\u00A0]/.test(text[e - 1] as string)) e--;
  const q = quoteAt(quotes, e - 1);
  let start = s.start;
  if (q && q.end === e && q.start < s.start && q.start >= floor) start = q.start;
  else if (q && q.end === e && q.start >= s.start) start = Math.min(start, q.start);
  return trimSpan(text, Math.max(start, floor), e);
}

const endsClause = (text: string, pos: number, s: Sentence): boolean => {
  const rest = text.slice(pos, Math.min(s.end, pos + 3)).trim();
  return rest === "" || /^[.!?]/.test(rest);
};

const TOKEN_REACH = 240;

function sentenceDrafts(view: ArticleView, si: number, floor: number, candidates: number[]): Draft[] {
  const s = view.sentences[si] as Sentence;
  const { text } = view;
  // tokens up to a little past the last reporting word: enough for subjects, hearers and "that"
  let last = s.start;
  for (const c of candidates) if (c >= s.start && c < s.end && c > last) last = c;
  const toks = tokensForward(text, s.start, Math.min(s.end, last + TOKEN_REACH), 100_000);
  const hits = verbHits(toks, candidates, isHeadline(view, si, toks));
  const out: Draft[] = [];
  // a participle after a comma (", adding") or a verb after and/but ("and warned") starts another claim
  const stops = hits
    .filter(
      (h) =>
        (h.participle && toks[h.index - 1]?.text === ",") ||
        (/^(?:and|but)$/i.test(toks[h.index - 1]?.text ?? "") &&
          h.form !== h.base &&
          !WEAK_VERBS.has(h.base)),
    )
    .map((h) => {
      const k = h.index - 1;
      return (toks[k - 1]?.text === "," ? (toks[k - 1] as Token) : (toks[k] as Token)).start;
    });
  const according = /\b[Aa]ccording to\b/g;
  for (
    let m = according.exec(text.slice(s.start, s.end));
    m;
    m = according.exec(text.slice(s.start, s.end))
  ) {
    stops.push(s.start + m.index - (text[s.start + m.index - 2] === "," ? 2 : 0));
  }
  for (const hit of hits) {
    const verb = toks[hit.index] as Token;
    let cueStart = verb.start;
    let k = hit.index - 1;
    while (k >= 0 && toks[k]?.word && isAuxiliary(toks[k] as Token)) {
      cueStart = (toks[k] as Token).start;
      k--;
    }
    let after = hit.index + 1;
    let cueEnd = verb.end;
    const particle = toks[after];
    if (particle?.word && PARTICLE_VERBS.has(hit.base) && CUE_PARTICLES.has(lower(particle))) {
      cueEnd = particle.end;
      after++;
    }
    const d = newDraft({ cueStart, cueEnd, frameStart: s.start, frameEnd: s.end });
    const left = toks[k];
    // "…,” said Smith." — verb before its speaker
    // (or, at the start of a sentence, the quotation that ended the sentence before)
    const prevQuote = k < 0 ? quoteBeforeSentence(view, si, floor) : null;
    // a plain comma may also close an appositive subject ("Its director, Paul Johnson, told …")
    const appositive =
      left?.text === "," && subjectBefore(text, toks.slice(Math.max(0, k - 29), k + 1).reverse()) !== null;
    if (((left && !left.word && /[,”"’']/.test(left.text) && !appositive) || prevQuote) && !hit.participle) {
      const src = subjectAfter(text, toks.slice(after, after + 12));
      if (src && endsClauseAfterSource(text, src.end, s)) {
        const content = prevQuote ?? contentBefore(view, s, (left as Token).end, floor);
        if (!content) continue;
        setMention(d, src);
        const continued = extendContinuation(view, s, content, src.end);
        [d.contentStart, d.contentEnd] = [continued[0], followingQuote(view, si, continued[1])];
        d.rules.push("en.inverted:verb-subject");
        out.push(d);
        continue;
      }
    }
    let subject =
      left && (left.word || left.text === "," || left.text === ")" || left.text === ".")
        ? subjectBefore(text, toks.slice(Math.max(0, k - 29), k + 1).reverse())
        : null;
    // "Although Trump has admitted …, he …": the claim is a subordinate clause that ends at its comma
    let subordinate = false;
    if (subject) {
      const lead = SUBORDINATOR.exec(text.slice(subject.start, subject.end));
      if (lead) {
        subordinate = !/^that\s/i.test(lead[0]);
        subject =
          subject.start + lead[0].length < subject.end
            ? { ...subject, start: subject.start + lead[0].length }
            : null;
      }
    }
    if (!subject && hit.participle && left?.text === ",") {
      d.inherits = true;
      d.rules.push("en.participle");
    } else if (
      !subject &&
      left?.word &&
      lower(left) === "and" &&
      hit.form !== hit.base &&
      !WEAK_VERBS.has(hit.base)
    ) {
      d.inherits = true;
      d.rules.push("en.coordinated-verb");
    } else if (subject) {
      if (!agrees(text, hit, subject, cueStart < verb.start)) continue;
      setMention(d, subject);
      d.rules.push(subject.pronoun ? "en.subject:pronoun" : "en.subject");
    } else continue;
    const start = contentStartAfter(toks, after, hit.base);
    // "“…,” Smith said (in a statement)." — speaker and verb close the sentence: the content came before
    const closesSentence =
      endsClause(text, start.pos, s) ||
      stops.includes(toks[after]?.start ?? -1) ||
      adjunctOnly(text, start.pos, s) ||
      // "…, lawmakers said Friday, as they bristled at …": a subordinate clause follows the speaker
      /^[\s\u00A0]*(?:,[\s\u00A0]*)?(?:as|when|while|because|since|although|though|even as)\b/.test(
        text.slice(text[start.pos - 1] === "," ? start.pos - 1 : start.pos, start.pos + 12),
      );
    const before = subject ? text.slice(s.start, subject.start).trimEnd() : "";
    // a "that" right after the verb (or its hearer) opens the content; a later one belongs to something else
    const thatOpens = start.that && wordsBetween(text, cueEnd, start.pos) <= 4;
    // a short quoted title ("In an interview on CBS's “Face the Nation,” Ryan said X") is not the content
    const quoteBefore =
      /[,.?!—–-]?[”"’]$|[,.?!]''$/.test(before) &&
      !thatOpens &&
      text[start.pos - 1] !== ":" &&
      (closesSentence || quotedWords(view, s.start + before.length) >= 3);
    const commaBefore = /,$/.test(before);
    const quoteEndedBefore =
      subject && before === "" && closesSentence ? quoteBeforeSentence(view, si, floor) : null;
    if (subject && (quoteBefore || quoteEndedBefore || (commaBefore && closesSentence))) {
      // "“…,” Smith said (in a statement)." — speaker and verb close the sentence: the content came before
      const content = quoteEndedBefore ?? contentBefore(view, s, s.start + before.length, floor);
      if (!content) continue;
      const continued = extendContinuation(view, s, content, cueEnd);
      [d.contentStart, d.contentEnd] = [continued[0], followingQuote(view, si, continued[1])];
      d.rules.push("en.inverted:subject-verb");
      out.push(d);
      continue;
    }
    const interrupts =
      text[start.pos - 1] === "," && !/^[\s\u00A0]*[“"«‘']/.test(text.slice(start.pos, start.pos + 3));
    if (subject && commaBefore && interrupts) {
      // "Lenox was a juggernaut, Mr. Clarke said, until it went bankrupt": the speaker interrupts the content
      const whole = trimSpan(text, Math.max(s.start, floor), s.end);
      if (!whole) continue;
      [d.contentStart, d.contentEnd] = whole;
      d.rules.push("en.parenthetical");
      out.push(d);
      continue;
    }
    const opensClause =
      start.that || text[start.pos - 1] === ":" || CLAUSE_OPENERS.test(text[start.pos] ?? "");
    // first and second person inside someone's words ("I hope", "we expect") are not attributions
    const person = subject ? text.slice(subject.start, subject.end).toLowerCase() : "";
    if (WEAK_VERBS.has(hit.base) && !opensClause && (d.inherits || ["i", "we", "you"].includes(person)))
      continue;
    // "(or, as The Daily Beast called them)": a comparison, not a report
    if (subject && /\bas$/i.test(text.slice(Math.max(s.start, subject.start - 4), subject.start).trimEnd()))
      continue;
    // "the explosion that Mayor de Blasio described as …", "what Liz Wahl said": the content is elsewhere
    if (
      subject &&
      !opensClause &&
      /\b(?:what|which|that|whom)$/i.test(
        text.slice(Math.max(s.start, subject.start - 8), subject.start).trimEnd(),
      ) &&
      // "in which he said …" introduces a statement
      !/\b(?:in|at|during|on|with|after|for)\s+(?:which|whom)$/i.test(
        text.slice(Math.max(s.start, subject.start - 16), subject.start).trimEnd(),
      )
    )
      continue;
    let content: [number, number] | null;
    if (text[start.pos - 1] === ":" && endsClause(text, start.pos, s)) content = nextParagraph(view, si);
    else {
      const quoted = HEARER_VERBS.has(hit.base) && !start.that ? nearbyQuote(view, start.pos, s) : -1;
      content = contentAfter(view, s, quoted >= 0 ? quoted : start.pos, stops);
      // an object, not a clause: it ends where the writer adds circumstances
      if (content && !opensClause && WEAK_VERBS.has(hit.base)) content = objectOnly(text, view, content);
    }
    if (content && subordinate) content = untilComma(view, content);
    if (!content || content[1] - content[0] < 4) continue;
    [d.contentStart, d.contentEnd] = content;
    d.rules.push(start.that ? "en.content:that-clause" : "en.content:after-verb");
    out.push(d);
  }
  return out;
}

/** The verb form fits its subject: "they say" / "he says"; "racists remarks" is not a verb. */
function agrees(
  text: string,
  hit: VerbHit,
  subject: { start: number; end: number },
  hasAux: boolean,
): boolean {
  const words = text.slice(subject.start, subject.end).split(/\s+/);
  const lastWord = words[words.length - 1] ?? "";
  const last = lastWord.toLowerCase();
  const capitalised = /^\p{Lu}/u.test(lastWord);
  const plural = !capitalised && /[^s'’]s$/.test(last);
  if (/[’']s$/.test(lastWord)) return false; // "Editor’s note"
  if (hasAux || hit.participle) return true;
  // "Democrats say", "Police say"; not "Battleground state Florida", "Clinton Plan for Taxes"
  if (hit.form === hit.base) {
    const coordinated = words.some((w) => w === "and" || w === "&");
    return BASE_FORM_SUBJECTS.has(last) || plural || coordinated || COLLECTIVES.has(last) || capitalised;
  }
  if (/[^s]s$/.test(hit.form) && !/ed$/.test(hit.form)) return !plural && !BASE_FORM_SUBJECTS.has(last);
  return true;
}

const SUBORDINATOR =
  /^(?:(?:when|while|although|though|if|because|as|after|before|since|until|unless|whereas|once)\s+|that\s+(?=\S))/i;
const wordsBetween = (text: string, from: number, to: number): number =>
  to > from ? (text.slice(from, to).match(/[A-Za-z]+/g) ?? []).length : 0;

/** A subordinate clause's content stops at its first comma outside quotes. */
function untilComma(view: ArticleView, content: [number, number]): [number, number] | null {
  for (
    let i = view.text.indexOf(",", content[0]);
    i >= 0 && i < content[1];
    i = view.text.indexOf(",", i + 1)
  ) {
    if (!quoteAt(view.quotes, i)) return trimSpan(view.text, content[0], i);
  }
  return content;
}

/** "told his radio audience Monday, “What …”": the quote a few words after the verb is the content. */
function nearbyQuote(view: ArticleView, from: number, s: Sentence): number {
  const slice = view.text.slice(from, Math.min(s.end, from + 80));
  const m = /^[^“"«.;]{0,70}?[,:][\s\u00A0]*(?=[“"«])/.exec(slice);
  return m ? from + m[0].length : -1;
}

const OBJECT_END =
  /,|\s(?:during|while|after|before|at\s+a|in\s+an?|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\s/;
/** An object phrase ("criticized the law as a “crazy system”") stops at a comma or a circumstance. */
function objectOnly(text: string, view: ArticleView, content: [number, number]): [number, number] {
  const slice = text.slice(content[0], content[1]);
  const re = new RegExp(OBJECT_END.source, "g");
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const at = content[0] + m.index;
    if (quoteAt(view.quotes, at)) continue;
    return trimSpan(text, content[0], at) ?? content;
  }
  return content;
}

/** Only a time or place phrase follows the verb before the sentence ends ("said in a statement."). */
function adjunctOnly(text: string, pos: number, s: Sentence): boolean {
  const rest = text.slice(pos, s.end);
  if (rest.length > 80 || /\bthat\b|[“"«:]/.test(rest)) return false;
  const first = /^[\s\u00A0]*([A-Za-z]+)/.exec(rest)?.[1]?.toLowerCase() ?? "";
  return ADJUNCT_START.has(first) || TIME_WORDS.has(first);
}

function endsClauseAfterSource(text: string, pos: number, s: Sentence): boolean {
  // "said Rep. Joseph Crowley (D-N.Y.), a leading advocate …": a party tag may follow the name
  const tag = /^[\s\u00A0]*\([^()]{1,30}\)/.exec(text.slice(pos, Math.min(s.end, pos + 40)));
  const from = tag ? pos + tag[0].length : pos;
  const rest = text.slice(from, Math.min(s.end, from + 2)).trim();
  return rest === "" || /^[.,;!?:]/.test(rest);
}

function setMention(d: Draft, src: { start: number; end: number }): void {
  d.mentionStart = src.start;
  d.mentionEnd = src.end;
}

/** «“A,” he said, “B.”»: the quote resumed after the speaker belongs to the same claim. */
function extendContinuation(
  view: ArticleView,
  s: Sentence,
  content: [number, number],
  from: number,
): [number, number] {
  const { text, quotes } = view;
  // the hearer or circumstances may come first: «“A,” he told the host, “B.”», «said during a rally in X, "B"»
  const m = /^[^.!?;“"«\n]{0,80}?[,:][\s\u00A0]*(?:(?:but|and|adding)[\s\u00A0]+)?(?=[“"«‘'])/.exec(
    text.slice(from, Math.min(s.end, from + 100)),
  );
  if (!m) return content;
  const q = quoteAt(quotes, from + m[0].length);
  if (q && q.start === from + m[0].length && q.closed && q.start < s.end) return [content[0], q.end];
  return content;
}

/** Words in the quotation that closes right before `end`. */
function quotedWords(view: ArticleView, end: number): number {
  const q = quoteAt(view.quotes, end - 1);
  return q ? (view.text.slice(q.start, q.end).match(/[\p{L}\p{N}]+/gu) ?? []).length : 0;
}

/** «“Why?” Clinton said.»: the quotation closing the previous sentence of the same paragraph. */
function quoteBeforeSentence(view: ArticleView, si: number, floor: number): [number, number] | null {
  const { sentences, quotes, text } = view;
  const s = sentences[si] as Sentence;
  const prev = sentences[si - 1];
  if (!prev || prev.para !== s.para || prev.end <= floor) return null;
  const q = quoteAt(quotes, prev.end - 1);
  if (!q || q.end !== prev.end || q.start < floor || !q.closed) return null;
  return trimSpan(text, q.start, q.end);
}

/** «“A,” she said. “B. C.”»: a quote opening the next sentence of the paragraph continues the claim. */
function followingQuote(view: ArticleView, si: number, end: number): number {
  const { sentences, quotes, text } = view;
  const s = sentences[si] as Sentence;
  if (end > s.end) return end;
  const next = sentences[si + 1];
  if (!next || next.para !== s.para) return end;
  const q = quoteAt(quotes, next.start);
  if (!q || q.start !== next.start || !q.closed) return end;
  // the quote must run to the end of its sentence: «“B,” he added.» is a claim of its own
  const tail = text.slice(q.end, q.end + 3);
  return /^[\s\u00A0]*$|^[\s\u00A0]*\n/.test(tail) || q.end >= (sentences[si + 1] as Sentence).end
    ? q.end
    : end;
}

/** "He said:" closing a paragraph: the content is the next paragraph (its quote, when it opens one). */
function nextParagraph(view: ArticleView, i: number): [number, number] | null {
  const { text, sentences, quotes } = view;
  const s = sentences[i] as Sentence;
  const next = sentences[i + 1];
  if (!next || next.para !== s.para + 1) return null;
  const q = quoteAt(quotes, next.start);
  if (q && q.start === next.start) return trimSpan(text, q.start, q.end);
  let end = next.end;
  for (let k = i + 2; k < sentences.length && sentences[k]?.para === next.para; k++)
    end = (sentences[k] as Sentence).end;
  return trimSpan(text, next.start, end);
}

function accordingToDrafts(view: ArticleView, s: Sentence, floor: number): Draft[] {
  const { text } = view;
  const out: Draft[] = [];
  const slice = text.slice(s.start, s.end);
  const re = /\b([Aa]ccording to)\s+/g;
  for (let m = re.exec(slice); m; m = re.exec(slice)) {
    const cueStart = s.start + m.index;
    const cueEnd = cueStart + (m[1] as string).length;
    const srcToks = tokensForward(text, cueEnd, s.end, 14);
    const comma = srcToks.findIndex((t) => t.text === "," || t.text === ";");
    const srcEnd = comma > 0 ? (srcToks[comma - 1] as Token).end : s.end;
    const src = trimSpan(text, cueEnd, srcEnd);
    if (!src) continue;
    const d = newDraft({
      cueStart,
      cueEnd,
      mentionStart: src[0],
      mentionEnd: src[1],
      frameStart: s.start,
      frameEnd: s.end,
    });
    const before = text.slice(s.start, cueStart).trim();
    let content: [number, number] | null = null;
    if (before.length < 3 && comma > 0) content = trimSpan(text, (srcToks[comma] as Token).end, s.end);
    else if (before.length >= 3) content = contentBefore(view, s, cueStart, floor);
    if (!content || content[1] - content[0] < 4) continue;
    [d.contentStart, d.contentEnd] = content;
    d.rules.push("en.according-to");
    out.push(d);
  }
  return out;
}

/** One pass over the article for any reporting word: only the sentences that have one are read closely. */
// lowercase and capitalised forms spelled out: a case-sensitive alternation scans much faster than /i
const CUE_WORDS = [...VERB_FORMS.keys(), "points", "point", "pointed", "pointing", "according"];
const CUE_CANDIDATE = new RegExp(
  `\\b${trieSource([...CUE_WORDS, ...CUE_WORDS.map((w) => w[0]?.toUpperCase() + w.slice(1))])}\\b`,
  "g",
);

/** The sentences holding a reporting word, with where those words start. */
function sentencesWithCues(view: ArticleView): Map<number, number[]> {
  const { text, sentences } = view;
  const out = new Map<number, number[]>();
  let si = 0;
  CUE_CANDIDATE.lastIndex = 0;
  for (let m = CUE_CANDIDATE.exec(text); m; m = CUE_CANDIDATE.exec(text)) {
    while (si < sentences.length && (sentences[si] as Sentence).end <= m.index) si++;
    if (si >= sentences.length) break;
    if (m.index < (sentences[si] as Sentence).start) continue;
    const list = out.get(si);
    if (list) list.push(m.index);
    else out.set(si, [m.index]);
  }
  return out;
}

/**
 * ", saying …", "and said …": the words naming the speaker are the main clause's subject — the previous
 * claim's speaker words in the same sentence, or the noun phrase that opens the sentence.
 */
function giveMainSubject(view: ArticleView, s: Sentence, d: Draft, before: Draft[]): void {
  const prev = before[before.length - 1];
  if (prev && prev.mentionStart >= s.start && prev.cueStart < d.cueStart) {
    d.mentionStart = prev.mentionStart;
    d.mentionEnd = prev.mentionEnd;
    return;
  }
  const toks = tokensForward(view.text, s.start, d.cueStart, 12);
  let end = -1;
  for (const t of toks) {
    if (!t.word || !/^[A-Z]/.test(t.text)) break;
    end = t.end;
  }
  if (end > s.start && toks[0]) {
    d.mentionStart = (toks[0] as Token).start;
    d.mentionEnd = end;
  }
}

/** Claims of one English article in text order, before speakers and dates are resolved. */
export function englishDrafts(view: ArticleView): Draft[] {
  const drafts: Draft[] = [...colonDrafts(view), ...speakerLineDrafts(view)];
  let floor = 0;
  for (const [si, candidates] of sentencesWithCues(view)) {
    const s = view.sentences[si] as Sentence;
    const found = [...sentenceDrafts(view, si, floor, candidates), ...accordingToDrafts(view, s, floor)];
    for (const d of found) {
      if (d.inherits) giveMainSubject(view, s, d, drafts);
      drafts.push(d);
      // a cue inside a quotation is dropped later; it must not hide the quotation from later claims
      if (!quoteAt(view.quotes, d.cueStart)) floor = Math.max(floor, d.contentEnd);
    }
  }
  return drafts;
}
