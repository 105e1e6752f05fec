/**
 * A regex source matching any of `words`, factored into a trie ("sa(?:id|ys|y…)"): the regex engine then
 * tries a handful of branches per position instead of hundreds of alternatives.
 */
export function trieSource(words: Iterable<string>): string {
  type Node = Map<string, Node> & { end?: boolean };
  const root: Node = new Map();
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let next = node.get(ch);
      if (!next) {
        next = new Map() as Node;
        node.set(ch, next);
      }
      node = next;
    }
    node.end = true;
  }
  const escapeChar = (ch: string): string => ch.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");
  const build = (node: Node): string => {
    const branches = [...node.entries()].map(([ch, child]) => escapeChar(ch) + build(child));
    if (!branches.length) return "";
    const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join("|")})`;
    if (!node.end) return body;
    return branches.length === 1 && (branches[0] as string).length === 1 ? `${body}?` : `(?:${body})?`;
  };
  return build(root);
}
