import type { ArabicTitles } from "./ar/coref.ts";
import type { ArticleView, Draft } from "./draft.ts";
import type { NameMention } from "./names.ts";
import type { Entity, MentionParse, SpeakerBook } from "./speakers.ts";
import type { Lang } from "./types.ts";

/** What the walk over an article's drafts shares while it names each claim's speaker. */
export interface SpeakerPass {
  view: ArticleView;
  text: string;
  lang: Lang;
  publishedAt: string | null | undefined;
  drafts: Draft[];
  book: SpeakerBook;
  /** the speaker of each draft so far */
  speakers: (Entity | null)[];
  genders: Map<Entity, "m" | "f">;
  /** the office of a claim's "its leader" whose speaker is the body (English lede: named later, maybe) */
  offices: (string | null)[];
  names: NameMention[];
  titles: ArabicTitles | null;
  parseMention: (mention: string) => MentionParse;
}
