// Word-level results remembered for the article being read: the same words recur through an article.

const memos: Map<string, unknown>[] = [];

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

/**
 * `fn` remembered for every string it has seen since the last forgetWords(), however long: for a pure
 * function that rules call more than once per article with the same span (a mention, a sentence's head).
 * Callers must not change what it returns (the result is shared).
 */
export function articleMemo<T>(fn: (key: string) => T): (key: string) => T {
  const seen = new Map<string, T>();
  memos.push(seen);
  return (key) => {
    let result = seen.get(key);
    if (result === undefined) {
      result = fn(key);
      seen.set(key, result);
    }
    return result;
  };
}

/**
 * A map forgotten with the words after each article, for a hot word function that keeps its own memo: every
 * wordMemo shares one call site for its `fn`, which V8 stops inlining once it has seen many functions there.
 */
export function articleMap<T>(): Map<string, T> {
  const seen = new Map<string, T>();
  memos.push(seen);
  return seen;
}

/** Forgets every remembered word (after each article, so that no article's text is kept alive). */
export function forgetWords(): void {
  for (const seen of memos) seen.clear();
}
