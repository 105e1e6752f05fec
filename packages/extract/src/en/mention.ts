import type { MentionParse } from "../speakers.ts";

export function parseEnglishMention(mention: string): MentionParse {
  return { name: mention, title: null, kind: "person", pronoun: false };
}
