import { AR_MARKS, arabicWordPattern } from "./chars.ts";
import { buildTrie, type TrieNode } from "./trie.ts";

/**
 * A regex source matching any of the sequences of `units` (a letter or a class of letters each), factored
 * into a trie, with `between` allowed between two units; a sequence that ends lets anything follow.
 */
function unitTrie(sequences: string[][], between: string): string {
  const build = (node: TrieNode): string => {
    // (a sequence that ends here lets any letter follow: the longer sequences past it add nothing)
    if (node.end || !node.size) return "";
    const branches: string[] = [];
    let last = ""; // (the units sequences end with, in one class)
    for (const [unit, child] of node) {
      const rest = build(child);
      if (rest) branches.push(`${unit}${between}${rest}`);
      else last += unit.replace(/^\[|\]$/g, "");
    }
    if (last) branches.push([...last].length === 1 ? last : `[${last}]`);
    return branches.length === 1 ? (branches[0] as string) : `(?:${branches.join("|")})`;
  };
  return build(buildTrie(sequences));
}

/**
 * A regex source matching the first `letters` letters of any of `words` (Arabic, with the spelling variants
 * and marks arabicWordPattern allows), factored into a trie of letter classes: a quick filter for a regex
 * whose alternatives each open with one of the words. It matches wherever a word's own pattern could open,
 * and more: a shorter prefix, any hamza seat, marks after any letter.
 */
export function leadFilterSource(words: Iterable<string>, letters = 3): string {
  const marks = `[${AR_MARKS}]*`;
  // (a space ends the prefix: the pattern allows any run of spaces there)
  const prefix = (w: string): string[] =>
    [...(w.split(" ")[0] as string)]
      .slice(0, letters)
      .map((ch) => arabicWordPattern(ch).slice(0, -marks.length));
  return unitTrie([...words].map(prefix), marks);
}

/**
 * The same for words written as they are (English, case kept): the first `letters` characters, a space among
 * them standing for any white space and ending the prefix ("a week" → a\s).
 */
export function literalLeadSource(words: Iterable<string>, letters = 3): string {
  const prefix = (w: string): string[] => {
    const units: string[] = [];
    for (const ch of w.slice(0, letters)) {
      if (ch === " ") return [...units, "\\s"];
      units.push(ch.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&"));
    }
    return units;
  };
  return unitTrie([...words].map(prefix), "");
}
