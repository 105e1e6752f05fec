/** Research teams among the speakers: a leader the team speaks through, and a team met before its leader. */
import type { Entity } from "./speaker-types.ts";

/** `e` leads a team: "the authors" stand for it from now on, and a team met before, unnamed, was its. */
export function leaderNamed(entities: Entity[], e: Entity): void {
  e.leadsTeam = true;
  for (const t of entities)
    if (t.awaitsLeader) {
      t.awaitsLeader = false;
      [t.name, t.kind, t.nameWords] = [e.name, e.kind, e.nameWords];
    }
}

/** "A compound that its discoverers said …" in a lede, the team's leader named further on: a placeholder. */
export function awaitingTeam(entities: Entity[], title: string | null): Entity {
  const e: Entity = {
    name: title,
    kind: "unknown",
    titles: [],
    nameWords: [],
    titleWords: [],
    awaitsLeader: true,
  };
  entities.push(e);
  return e;
}
