export type TrieNode = Map<string, TrieNode> & { end?: boolean };

/** The trie of `sequences`, each a run of units (characters, or letter classes); `end` marks where one ends. */
export function buildTrie(sequences: Iterable<Iterable<string>>): TrieNode {
  const root: TrieNode = new Map();
  for (const units of sequences) {
    let node = root;
    for (const unit of units) {
      let next = node.get(unit);
      if (!next) {
        next = new Map() as TrieNode;
        node.set(unit, next);
      }
      node = next;
    }
    node.end = true;
  }
  return root;
}

/**
 * A regex source matching any of `words`, factored into a trie ("sa(?:id|ys|y…)"): the regex engine then
 * tries a handful of branches per position instead of hundreds of alternatives.
 */
export function trieSource(words: Iterable<string>): string {
  const root = buildTrie(words);
  const escapeChar = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  const build = (node: TrieNode): string => {
    const branches = [...node.entries()].map(([ch, child]) => escapeChar(ch) + build(child));
    if (!branches.length) return "";
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join("|")})`;
    if (!node.end) return body;
    return branches.length === 1 && (branches[0] as string).length === 1 ? `${body}?` : `(?:${body})?`;
  };
  return build(root);
}
