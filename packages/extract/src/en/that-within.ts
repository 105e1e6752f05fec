/** The "that" opening English reported content a few words after its cue, past asides, places, times and titles. */

import type { Token } from "../text/tokens.ts";
import { bracketedDayEnd } from "./content-start-times.ts";
import { bracketedShortFormEnd } from "./hearer-end.ts";
import { lower } from "./verbs.ts";

const THAT_TIME = /^(?:morning|afternoon|evening|night|day|week|weekend|month|year|time)$/i;
/** A "that" within `limit` tokens from i, with only words and a few marks before it: its index, or -1. */
export function thatWithin(toks: Token[], i: number, limit: number): number {
  let reach = limit;
  for (let k = i; k < Math.min(toks.length, i + reach); k++) {
    const t = toks[k] as Token;
    // ("said during the ceremony, held at the National Museum in central Lisbon, that …": the occasion's place)
    if (t.text === "," && k > i && OCCASION_PARTICIPLE.test(toks[k + 1]?.text ?? "") && reach === limit) {
      reach += 12;
      continue;
    }
    // ("told members of the House Committee on Public Utilities, Transportation and Communications on Monday
    // that …": a long name's listed parts)
    if (reach === limit && nameListComma(toks, k)) reach += 6;
    // ("told reporters that morning that …": a "that" before a time noun is its determiner)
    if (t.word && lower(t) === "that" && !THAT_TIME.test(toks[k + 1]?.text ?? "")) return k;
    if (opensQuote(toks, k)) {
      // «told MSNBC’s “Morning Joe” that …» (a quoted title) counts, «told the jury his client "accepts that …"» not
      k = quotedTitleEnd(toks, k);
      if (k < 0) return -1;
    }
    // (a clock time's colon, "at 3:30 p.m. on Friday that …", is part of the time; the commas of a place and
    // its state, "at a stop in Toledo, Ohio, that …", are part of the place)
    // ("said during the hearing, held in the largest courtroom, that …": the occasion's own aside)
    // ("said at a news conference in Harare yesterday (Tuesday) that …": the day's name in brackets)
    // ("told the Public Accounts Committee (PAC) on Monday that …": the hearer's short form)
    const aside = Math.max(
      asideBeforeThat(toks, k),
      bracketedDayEnd(toks, k),
      bracketedShortFormEnd(toks, k),
    );
    if (aside > 0) {
      k = aside;
      continue;
    }
    if (
      !t.word &&
      !/^[.’'“”"]$/.test(t.text) &&
      !(t.text === ":" && toks[k + 1]?.start === t.end) &&
      !placeComma(toks, k) &&
      !ampersandInName(toks, k) &&
      !nameListComma(toks, k) &&
      !(t.text === "," && reach > limit && lower(toks[k + 1] ?? t) === "that")
    )
      return -1;
  }
  return -1;
}

/** A participle telling where or by whom an occasion was held, between commas after it. */
const OCCASION_PARTICIPLES = "held|hosted|staged|organi[sz]ed|attended|convened|chaired";
const OCCASION_PARTICIPLE = new RegExp(`^(?:${OCCASION_PARTICIPLES})$`);

/** A reduced or "which" relative describing an occasion: "held in …", "attended by …", "which was broadcast …". */
const OCCASION_ASIDE = new RegExp(
  `^(?:which|where|broadcast|televised|streamed|called|opened|${OCCASION_PARTICIPLES})$`,
  "i",
);
/** The comma closing an aside opened by the comma at k when "that" follows it ("…, held at the court, that"), or -1. */
function asideBeforeThat(toks: Token[], k: number): number {
  if (toks[k]?.text !== "," || !OCCASION_ASIDE.test(toks[k + 1]?.text ?? "")) return -1;
  for (let j = k + 2; j < Math.min(toks.length - 1, k + 12); j++) {
    const u = toks[j] as Token;
    if (u.text === ",") return toks[j + 1]?.word && lower(toks[j + 1] as Token) === "that" ? j : -1;
    if (!u.word && !/^[.’'-]$/.test(u.text)) return -1;
  }
  return -1;
}

/** A comma after a capitalised place name, before its state or country or before "that" ("Toledo, Ohio, that"). */
function placeComma(toks: Token[], k: number): boolean {
  const prev = toks[k - 1];
  const next = toks[k + 1];
  return (
    toks[k]?.text === "," &&
    !!prev?.word &&
    /^\p{Lu}\p{Ll}/u.test(prev.text) &&
    !!next?.word &&
    (/^\p{Lu}\p{Ll}/u.test(next.text) || lower(next) === "that")
  );
}

/**
 * A comma between capitalised parts of one name that lists them: "Utilities, Transportation and Communications",
 * "Commerce, Science, and Transportation".
 */
function nameListComma(toks: Token[], k: number): boolean {
  const prev = toks[k - 1];
  if (toks[k]?.text !== "," || !prev?.word || !/^\p{Lu}\p{Ll}/u.test(prev.text)) return false;
  for (let j = k + 1; j < Math.min(toks.length - 1, k + 5); j++) {
    const u = toks[j] as Token;
    if (u.word && lower(u) === "and") return j > k + 1 || /^\p{Lu}\p{Ll}/u.test(toks[j + 1]?.text ?? "");
    if (!u.word || !/^\p{Lu}\p{Ll}/u.test(u.text)) return u.text === "," && j > k + 1;
  }
  return false;
}

/** A quote mark that opens a quotation: no "that" inside it introduces the content. */
function opensQuote(toks: Token[], k: number): boolean {
  const t = toks[k] as Token;
  if (t.text !== "“" && t.text !== '"') return false;
  const next = toks[k + 1];
  const prev = toks[k - 1];
  return t.text === "“" || (!!next && next.start === t.end && (!prev || prev.end < t.start));
}

/** The index of the closing mark of a quoted title opened at k («“Face the Nation”»), or -1. */
function quotedTitleEnd(toks: Token[], k: number): number {
  for (let j = k + 1; j < Math.min(toks.length, k + 7); j++) {
    const u = toks[j] as Token;
    if (/^[”"]$/.test(u.text)) return j > k + 1 ? j : -1;
    if (!u.word || !/^(?:\p{Lu}|the$|of$|and$)/u.test(u.text)) return -1;
  }
  return -1;
}

/** An ampersand written tight between two capitalised parts of one name ("P&J", "AT&T", "S&P"). */
export function ampersandInName(toks: Token[], i: number): boolean {
  const [prev, amp, next] = [toks[i - 1], toks[i], toks[i + 1]];
  return (
    amp?.text === "&" &&
    !!prev?.word &&
    !!next?.word &&
    prev.end === amp.start &&
    next.start === amp.end &&
    /^\p{Lu}/u.test(prev.text) &&
    /^\p{Lu}/u.test(next.text)
  );
}
