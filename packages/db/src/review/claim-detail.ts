import type { AuditEvent, LinkType } from "../generated/prisma/client.ts";
import { dateOnly } from "./article-view.ts";
import { claimRowsByIds } from "./claim-row.ts";
import { type Db, sql } from "./db.ts";
import { parseInput } from "./errors.ts";
import { idSchema } from "./inputs.ts";
import type { ClaimRow } from "./types.ts";

export interface ClaimLinkView {
  id: string;
  type: LinkType;
  note: string | null;
  createdAt: Date;
  createdBy: { id: string; name: string } | null;
  /** the claim at the other end */
  claim: ClaimRow;
}

const LINK_INCLUDE = { createdBy: { select: { id: true, name: true } } } as const;

async function loadClaim(db: Db, id: string) {
  return db.claim.findUnique({
    where: { id },
    include: { speaker: true, verdict: true, reviewer: { select: { id: true, name: true } } },
  });
}

async function loadLinks(db: Db, id: string) {
  return db.claimLink.findMany({
    where: { OR: [{ fromId: id }, { toId: id }] },
    include: LINK_INCLUDE,
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
}

type LoadedClaim = NonNullable<Awaited<ReturnType<typeof loadClaim>>>;
type LoadedLink = Awaited<ReturnType<typeof loadLinks>>[number];

export interface ClaimDetail {
  claim: Omit<LoadedClaim, "statedOn"> & { statedOn: string | null };
  article: {
    id: string;
    title: string | null;
    outlet: string | null;
    lang: string | null;
    publishedAt: string | null;
    text: string;
  };
  links: { outgoing: ClaimLinkView[]; incoming: ClaimLinkView[] };
  /** audit events about this claim and its links, newest first */
  history: AuditEvent[];
}

/** Everything the claim page shows, or null when there is no such claim. */
export async function getClaimDetail(db: Db, claimId: string): Promise<ClaimDetail | null> {
  const id = parseInput(idSchema, claimId);
  // independent reads, in parallel: the page waits for the slowest, not the sum
  const [loaded, [article], links, history] = await Promise.all([
    loadClaim(db, id),
    db.$queryRaw<ClaimDetail["article"][]>(sql`
      SELECT a.id, a.title, a.outlet, a.lang, to_char(a."publishedAt", 'YYYY-MM-DD') AS "publishedAt", a.text
      FROM "Claim" c JOIN "Article" a ON a.id = c."articleId" WHERE c.id = ${id}`),
    loadLinks(db, id),
    db.auditEvent.findMany({
      where: { entity: "claim", entityId: id },
      orderBy: [{ at: "desc" }, { id: "desc" }],
      take: 500,
    }),
  ]);
  if (!loaded || !article) return null;
  const { statedOn, ...claim } = loaded;
  const linksFrom = links.filter((l) => l.fromId === id);
  const linksTo = links.filter((l) => l.toId === id);
  const others = await claimRowsByIds(db, [...linksFrom.map((l) => l.toId), ...linksTo.map((l) => l.fromId)]);
  const rowById = new Map(others.map((row) => [row.id, row]));
  const view = (link: LoadedLink, otherId: string): ClaimLinkView[] => {
    const other = rowById.get(otherId);
    if (!other) return [];
    return [
      {
        id: link.id,
        type: link.type,
        note: link.note,
        createdAt: link.createdAt,
        createdBy: link.createdBy,
        claim: other,
      },
    ];
  };
  return {
    claim: { ...claim, statedOn: dateOnly(statedOn) },
    article,
    links: {
      outgoing: linksFrom.flatMap((l) => view(l, l.toId)),
      incoming: linksTo.flatMap((l) => view(l, l.fromId)),
    },
    history,
  };
}
