// A global regex whose matches can only open where no letter or mark stands before (its pattern asserts
// (?<![\p{L}\p{M}]) at its start) tried at those positions only: the engine otherwise tries every position of
// the text, mid-word ones included, and runs the pattern's opening at each.

const LETTER_OR_MARK = /[\p{L}\p{M}]/u;
/** Per UTF-16 unit: 0 not yet asked, 1 a letter or mark, 2 neither. */
const unitKinds = new Uint8Array(0x10000);

/** A letter or mark (a code point, as the `u` flag reads it) ends right before `at`. */
function letterOrMarkBefore(s: string, at: number): boolean {
  const c = s.charCodeAt(at - 1);
  if (c >= 0xdc00 && c <= 0xdfff && at >= 2) {
    const high = s.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return LETTER_OR_MARK.test(s.slice(at - 2, at));
  }
  let kind = unitKinds[c] as number;
  if (kind === 0) {
    kind = LETTER_OR_MARK.test(String.fromCharCode(c)) ? 1 : 2;
    unitKinds[c] = kind;
  }
  return kind === 1;
}

/**
 * exec and lastIndex as the global regex `re` has them (the same matches in the same order), for a pattern
 * that asserts no letter or mark before its start: a sticky copy is tried only at such positions.
 */
export class WordStartScan {
  lastIndex = 0;
  private readonly sticky: RegExp;
  constructor(re: RegExp) {
    this.sticky = new RegExp(re.source, `${re.flags.replace("g", "")}y`);
  }
  exec(s: string): RegExpExecArray | null {
    for (let at = this.lastIndex; at <= s.length; at++) {
      if (at > 0 && letterOrMarkBefore(s, at)) continue;
      this.sticky.lastIndex = at;
      const m = this.sticky.exec(s);
      if (m) {
        this.lastIndex = m.index + m[0].length;
        return m;
      }
    }
    this.lastIndex = 0;
    return null;
  }
}
