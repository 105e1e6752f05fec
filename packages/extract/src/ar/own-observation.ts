// «…، بحسب ما رصدته «بوابة الوسط».», «حسب ما عاينته هبة بريس»: what the outlet itself saw is its own reporting,
// told in the writer's voice, not a statement of anyone it quotes: no claim. The observer is the outlet when the
// article names it as its own elsewhere: in the byline at its head, or as the hearer its sources told
// («لـ«بوابة الوسط»», «لعنب بلدي», «في اتصال هاتفي مع "X"»).

const QUOTES = /["«»“”]/gu;
/** How far into the article its byline and dateline lie. */
const HEAD_REACH = 300;

const literal = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The observer named in text[from, to) is the outlet that wrote the article (see above). */
export function outletObserved(text: string, from: number, to: number): boolean {
  // (up to a comma: «حسب ما عاينته هبة بريس، وسط تذمر …»)
  const end = from + text.slice(from, to).search(/[،,.]|$/u);
  const name = text.slice(from, end).replace(QUOTES, "").trim();
  if (name.length < 3 || name.length > 40) return false;
  if (from >= HEAD_REACH && text.slice(0, HEAD_REACH).includes(name)) return true;
  const told = new RegExp(`(?:(?<![\\p{L}\\p{M}])ل\\u0640?|(?:إلى|مع)\\s+)\\s*["«“]?${literal(name)}`, "u");
  return told.test(text.slice(0, from)) || told.test(text.slice(end));
}
