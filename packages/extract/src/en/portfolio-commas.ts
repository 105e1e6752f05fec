import { startsUppercase } from "../text/chars.ts";
import type { Token } from "../text/tokens.ts";

const capital = (t: Token | undefined): boolean => !!t && t.word && startsUppercase(t.text);
const joins = (t: Token | undefined): boolean => !!t && (t.text === "and" || t.text === "&");

/**
 * "The Hon. X, Minister of Communications, Works and Labour, told": toks (nearest first) hold a name's
 * appositive office whose portfolios are listed with commas; `close` is the comma found first (before
 * "Works and Labour"). The comma that opens the whole office ("X, Minister"), or `close` when the words
 * before it are no listed portfolios.
 */
export function commaBeforeListedOffice(toks: Token[], close: number): number {
  // the last portfolio: capitalised words with one "and" ("Works and Labour")
  let and = false;
  for (let k = 1; k < close; k++) {
    const t = toks[k] as Token;
    if (joins(t) && !and && capital(toks[k - 1]) && capital(toks[k + 1])) and = true;
    else if (!capital(t)) return close;
  }
  if (!and) return close;
  // the earlier portfolios, back to "of"/"for" after the office's capitalised words
  let k = close + 1;
  for (let items = 0; items < 8; items++) {
    let caps = 0;
    while (capital(toks[k]) && caps < 4) {
      k++;
      caps++;
    }
    if (caps === 0) return close;
    if (toks[k]?.text === ",") {
      k++;
      continue;
    }
    if (toks[k]?.text === "the" && (toks[k + 1]?.text === "of" || toks[k + 1]?.text === "for")) k++;
    // ("chairwoman of the Committee on Health, Tourism and Cultural Affairs": a body's topics, then its office)
    if (toks[k]?.text === "on") return officeOfTopicBody(toks, k, close);
    if (toks[k]?.text !== "of" && toks[k]?.text !== "for") return close;
    let office = k + 1;
    while (capital(toks[office]) && office < k + 5) office++;
    return office > k + 1 && toks[office]?.text === "," ? office : close;
  }
  return close;
}

/** Lower-case offices held in a body ("chairwoman of the Committee on …", "vice chairman of the …"). */
const BODY_OFFICE =
  /^(?:chair|chairperson|chairman|chairwoman|vice|deputy|member|ranking|head|secretary|clerk)$/;

/**
 * toks[on] (nearest first) is the "on" of a topic body ("the House Committee on Ports"): back over the body's
 * capitalised name and "of the" to a lower-case office opened by the comma after the name; `close` when not.
 */
function officeOfTopicBody(toks: Token[], on: number, close: number): number {
  let k = on + 1;
  if (!/^(?:Committee|Subcommittee|Commission|Council|Board|Caucus|Task|Panel)$/.test(toks[k]?.text ?? ""))
    return close;
  while (capital(toks[k]) && k < on + 5) k++;
  if (toks[k]?.text === "legislative" || toks[k]?.text === "standing" || toks[k]?.text === "select") k++;
  if (toks[k]?.text === "the") k++;
  if (toks[k]?.text !== "of") return close;
  let office = k + 1;
  while (toks[office]?.word && BODY_OFFICE.test(toks[office]?.text ?? "") && office < k + 4) office++;
  return office > k + 1 && toks[office]?.text === "," ? office : close;
}
