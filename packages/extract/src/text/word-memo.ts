// Word-level results remembered for the article being read: the same words recur through an article.

const memos: Map<string, string>[] = [];

/** `fn` remembered for the words it has seen since the last forgetWords() (longer strings are not kept). */
export function wordMemo(fn: (word: string) => string): (word: string) => string {
  const seen = new Map<string, string>();
  memos.push(seen);
  return (word) => {
    if (word.length > 24) return fn(word);
    let folded = seen.get(word);
    if (folded === undefined) {
      folded = fn(word);
      seen.set(word, folded);
    }
    return folded;
  };
}

/** Forgets every remembered word (after each article, so that no article's text is kept alive). */
export function forgetWords(): void {
  for (const seen of memos) seen.clear();
}
