import type { ArticleView, Draft } from "../draft.ts";

export function englishDrafts(view: ArticleView): Draft[] {
  void view;
  return [];
}
