import { speakerNameKey } from "../fold.ts";
import type { Prisma, SpeakerKind } from "../generated/prisma/client.ts";
import type { ClaimSpeakerInput } from "./types.ts";

const unique = (values: string[]) => [...new Set(values.map((v) => v.trim()).filter(Boolean))];

/**
 * Finds or creates the speaker for each distinct folded name and merges what this extraction
 * learned (other spellings as aliases, titles, a known kind). Returns nameKey → speaker id.
 */
export async function upsertSpeakers(
  tx: Prisma.TransactionClient,
  speakers: ClaimSpeakerInput[],
): Promise<Map<string, string>> {
  const byKey = new Map<string, { names: string[]; titles: string[]; kind: SpeakerKind }>();
  for (const speaker of speakers) {
    if (!speaker.name) continue;
    const key = speakerNameKey(speaker.name);
    if (!key) continue;
    const entry = byKey.get(key) ?? { names: [], titles: [], kind: "unknown" as SpeakerKind };
    entry.names.push(speaker.name.trim());
    entry.titles.push(...speaker.titles);
    if (entry.kind === "unknown") entry.kind = speaker.kind;
    byKey.set(key, entry);
  }

  const ids = new Map<string, string>();
  for (const [nameKey, seen] of byKey) {
    const [first = nameKey] = seen.names;
    const speaker = await tx.speaker.upsert({
      where: { nameKey },
      create: { name: first, nameKey, kind: seen.kind, aliases: [], titles: unique(seen.titles) },
      update: {},
    });
    const aliases = unique([...speaker.aliases, ...seen.names.filter((n) => n !== speaker.name)]);
    const titles = unique([...speaker.titles, ...seen.titles]);
    const kind = speaker.kind === "unknown" ? seen.kind : speaker.kind;
    if (
      aliases.length !== speaker.aliases.length ||
      titles.length !== speaker.titles.length ||
      kind !== speaker.kind
    )
      await tx.speaker.update({ where: { id: speaker.id }, data: { aliases, titles, kind } });
    ids.set(nameKey, speaker.id);
  }
  return ids;
}
