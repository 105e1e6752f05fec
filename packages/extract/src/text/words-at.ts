/**
 * Words of a set looked up by their place in a text, without slicing it: a scan that finds a word only as
 * its end (a regex `test`) reads it here, so no match array or string is made for each word it meets.
 */
export class WordsAt<V> {
  private readonly byKey = new Map<number, [string, V][]>();

  set(word: string, value: V): this {
    const key = word.length * 65536 + word.charCodeAt(0);
    const list = this.byKey.get(key);
    const known = list?.find(([w]) => w === word);
    if (known) known[1] = value;
    else if (list) list.push([word, value]);
    else this.byKey.set(key, [[word, value]]);
    return this;
  }

  /** The value of the word text[start, end), if it is one of the set. */
  at(text: string, start: number, end: number): V | undefined {
    const list = this.byKey.get((end - start) * 65536 + text.charCodeAt(start));
    if (list) for (const [w, v] of list) if (text.startsWith(w, start)) return v;
    return undefined;
  }
}
