// Countries, territories and provinces whose own name holds "and" ("St Vincent and the Grenadines", "Trinidad and
// Tobago"): the "and" joins no two speakers ("The Royal St Vincent and the Grenadines Police Force said").

const COUNTRY_AND =
  /\b(?:(?:Saint|St\.?)[\s\u00A0]+Vincent[\s\u00A0]+and[\s\u00A0]+the[\s\u00A0]+Grenadines|Trinidad[\s\u00A0]+and[\s\u00A0]+Tobago|Antigua[\s\u00A0]+and[\s\u00A0]+Barbuda|(?:Saint|St\.?)[\s\u00A0]+Kitts[\s\u00A0]+and[\s\u00A0]+Nevis|Bosnia[\s\u00A0]+and[\s\u00A0]+Herzegovina|S[aã]o[\s\u00A0]+Tom[eé][\s\u00A0]+and[\s\u00A0]+Pr[ií]ncipe|Turks[\s\u00A0]+and[\s\u00A0]+Caicos|Heard[\s\u00A0]+and[\s\u00A0]+McDonald|Newfoundland[\s\u00A0]+and[\s\u00A0]+Labrador|Jammu[\s\u00A0]+and[\s\u00A0]+Kashmir|Wallis[\s\u00A0]+and[\s\u00A0]+Futuna)\b/;

/** Whether the "and" at `at` (a text offset) is inside such a name. */
export function andInCountryName(text: string, at: number): boolean {
  // (cheap first: every such name puts a capital within a word or two after the "and")
  const around = text.slice(Math.max(0, at - 16), at + 20);
  const m = COUNTRY_AND.exec(around);
  return !!m && Math.max(0, at - 16) + m.index < at && Math.max(0, at - 16) + m.index + m[0].length > at;
}

/** Whether words[k] ("and", or "the" after it) is inside such a name ("St Vincent and the Grenadines"). */
export function wordInCountryName(words: string[], k: number): boolean {
  const w = words[k];
  if (w !== "and" && w !== "the") return false;
  const before = words.slice(Math.max(0, k - 3), k).join(" ");
  const m = COUNTRY_AND.exec(`${before} ${words.slice(k, k + 3).join(" ")}`);
  return !!m && m.index <= before.length && m.index + m[0].length > before.length + 1;
}
