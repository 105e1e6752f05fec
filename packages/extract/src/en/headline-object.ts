// "MCP rejects tally", "Union slams budget", "Fishermen fear hardship": a headline whose verb has only a noun for
// object names an act or a stance, no one's words; the gold of sets H–Z reads a headline as a claim only when a
// reporting cue takes a clause or a quotation ("Lindsay says ferry delay ‘unacceptable’"), or a colon or dash
// sets the source off.
import type { ArticleView, Draft } from "../draft.ts";
import { headlineLine } from "./headline-case.ts";
import { PAST_FORMS, VERB_FORMS } from "./lexicon.ts";
import { CLAUSE_WORDS } from "./verb-claim-shapes.ts";

/** Verbs whose headline object is the words even without a verb ("says budget unfair", "insists all is well"). */
const SAYING = new Set(["say", "claim", "insist", "admit", "tell", "predict", "suggest", "argue", "believe"]);
/** Verbs that direct a hearer to act ("urges X to …"): the infinitive after the hearer is what was asked. */
const DIRECTIVES = new Set(["urge", "warn", "advise", "tell", "ask", "exhort", "remind"]);
/** A word that may be the finite verb of a headline's clause: a past form or a known verb form. */
const VERB_LIKE = /^[a-z]+(?:ed|en)$/;
/** A preposition or an article: a past form right after it is an adjective ("on delayed payments"). */
const MODIFIER_AFTER = /^(?:on|over|for|of|about|into|after|the|a|an)$/i;

/** The draft is a headline's verb with a bare noun object after it, no clause and no quotation. */
export function headlineObjectOnly(view: ArticleView, d: Draft): boolean {
  if (d.contentStart < d.cueEnd || d.mentionStart < 0) return false;
  // (a headline over a body: a text of one line is a sentence, not a headline)
  const headline = view.sentences.length > 1 ? headlineLine(view) : null;
  if (!headline || d.cueStart < headline.start || d.contentEnd > headline.end) return false;
  const cue = view.text.slice(d.cueStart, d.cueEnd).toLowerCase().split(/\s+/);
  // (a headline's verb is in the present: "rejects", "slam"; not a past "rejected" of a one-line report)
  const verb = cue.at(-1) ?? "";
  const base = VERB_FORMS.get(verb)?.base;
  if (
    !base ||
    SAYING.has(base) ||
    cue.length > 1 ||
    VERB_FORMS.get(verb)?.participle ||
    PAST_FORMS.has(verb) ||
    /(?:ed|ing)$/.test(verb)
  )
    return false;
  // ("Fishermen fear hardship as season extended": the object ends where the headline's "as" or "amid" begins)
  const content = view.text.slice(d.contentStart, d.contentEnd).split(/\s+(?:as|amid|after)\s/)[0] as string;
  if (CLAUSE_WORDS.test(content) || /^to\s/i.test(content)) return false;
  // ("Trump urges supporters to monitor polls", "Mayor warns drivers to stay home": a directive's hearer and its
  // infinitive are the words asked for)
  if (DIRECTIVES.has(base) && /^(?:\S+\s+){1,3}to\s+[a-z]/.test(content)) return false;
  const words = content.split(/\s+/);
  // ("answers on delayed payments": a participle after a preposition or an article modifies the noun after it)
  const verbAt = (w: string, i: number): boolean =>
    (VERB_LIKE.test(w) || VERB_FORMS.has(w)) && !MODIFIER_AFTER.test(words[i] ?? "");
  return words.length <= 6 && !words.slice(1).some((w, i) => verbAt(w, i));
}
