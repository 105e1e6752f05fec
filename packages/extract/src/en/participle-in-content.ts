import type { Draft } from "../draft.ts";
import type { Token } from "../text/tokens.ts";

/** Participles of promising or offering that take a hearer and a thing ("promising them permanent stalls"). */
const GIVING = new Set(["promising", "pledging", "offering", "guaranteeing", "assuring"]);
const HEARER = /^(?:them|him|her|us|me)$/i;

/**
 * "Vendors said the council had moved them, promising them permanent stalls": a participle of promising with a
 * hearer and a thing, right after the words of the claim before, continues the reported clause (the council
 * promised), not a claim of the speaker. (Not ", promising that …" or ", promising to …", which report speech.)
 */
export function participleInsideContent(
  text: string,
  toks: Token[],
  index: number,
  cueStart: number,
  out: Draft[],
): boolean {
  const verb = toks[index] as Token;
  if (!GIVING.has(verb.text)) return false;
  const hearer = toks[index + 1];
  const thing = toks[index + 2];
  if (!hearer?.word || !HEARER.test(hearer.text) || !thing?.word || /^(?:that|to)$/i.test(thing.text))
    return false;
  const o = out.at(-1);
  if (!o || o.contentEnd < 0 || o.contentStart < o.cueEnd) return false;
  return /^\s*,\s*$/.test(text.slice(o.contentEnd, cueStart));
}
