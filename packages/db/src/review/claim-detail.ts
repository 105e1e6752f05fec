import type { AuditEvent, LinkType } from "../generated/prisma/client.ts";
import { dateOnly } from "./article-view.ts";
import { claimRowsByIds } from "./claim-row.ts";
import type { Db } from "./db.ts";
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

async function loadClaim(db: Db, id: string) {
  return db.claim.findUnique({
    where: { id },
    include: {
      speaker: true,
      verdict: true,
      reviewer: { select: { id: true, name: true } },
      article: { select: { id: true, title: true, outlet: true, lang: true, publishedAt: true, text: true } },
      linksFrom: {
        include: { createdBy: { select: { id: true, name: true } } },
        orderBy: { createdAt: "asc" },
      },
      linksTo: {
        include: { createdBy: { select: { id: true, name: true } } },
        orderBy: { createdAt: "asc" },
      },
    },
  });
}

type LoadedClaim = NonNullable<Awaited<ReturnType<typeof loadClaim>>>;

export interface ClaimDetail {
  claim: Omit<LoadedClaim, "article" | "linksFrom" | "linksTo" | "statedOn"> & { statedOn: string | null };
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
  const loaded = await loadClaim(db, id);
  if (!loaded) return null;
  const { article, linksFrom, linksTo, statedOn, ...claim } = loaded;
  const others = await claimRowsByIds(db, [...linksFrom.map((l) => l.toId), ...linksTo.map((l) => l.fromId)]);
  const rowById = new Map(others.map((row) => [row.id, row]));
  const view = (link: (typeof linksFrom)[number], otherId: string): ClaimLinkView[] => {
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
  const history = await db.auditEvent.findMany({
    where: { entity: "claim", entityId: id },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: 500,
  });
  return {
    claim: { ...claim, statedOn: dateOnly(statedOn) },
    article: { ...article, publishedAt: dateOnly(article.publishedAt) },
    links: {
      outgoing: linksFrom.flatMap((l) => view(l, l.toId)),
      incoming: linksTo.flatMap((l) => view(l, l.fromId)),
    },
    history,
  };
}
