import { getSpeakerPage, listRatingLevels } from "@sayso/db/review";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { ClaimSnippetLink } from "@/components/claim-snippet-link";
import { SpeakerPicker } from "@/components/speaker-picker";
import { StatusBadge, VerdictLabel } from "@/components/status-badge";
import { mergeSpeakersAction } from "@/lib/actions/speakers";
import { getDb } from "@/lib/db";
import { formatDate, STATUS_LABELS, STATUSES } from "@/lib/labels";
import { can, requirePageActor } from "@/lib/session";

export const metadata: Metadata = { title: "Speaker" };

export default async function SpeakerPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ cursor?: string }>;
}) {
  const { id } = await params;
  const { cursor } = await searchParams;
  const actor = await requirePageActor(`/speakers/${encodeURIComponent(id)}`);
  const db = getDb();
  const [page, levels] = await Promise.all([
    getSpeakerPage(db, id, { cursor: cursor ?? null, limit: 100 }),
    listRatingLevels(db),
  ]);
  if (!page) notFound();
  const { speaker, counts, timeline, items } = page;
  const peak = Math.max(1, ...timeline.map((t) => t.count));

  return (
    <main>
      <h1>
        <bdi>{speaker.name}</bdi> <span className="small muted">{speaker.kind}</span>
      </h1>
      {(speaker.aliases.length > 0 || speaker.titles.length > 0) && (
        <p className="row small">
          {[...speaker.aliases, ...speaker.titles].map((alias) => (
            <span key={alias} className="chip">
              <bdi>{alias}</bdi>
            </span>
          ))}
        </p>
      )}
      <p className="row small">
        {STATUSES.map((status) => (
          <Link prefetch={false} key={status} href={`/queue?speakerId=${speaker.id}&status=${status}`}>
            {STATUS_LABELS[status]}: {counts[status]}
          </Link>
        ))}
      </p>
      <div className="columns">
        <section>
          <h2>Claims over time</h2>
          <div className="panel">
            {timeline.map((t) => (
              <div key={t.month} className="row small">
                <span className="mono">{t.month}</span>
                <span
                  style={{
                    display: "inline-block",
                    blockSize: "0.7rem",
                    inlineSize: `${(t.count / peak) * 16}rem`,
                    background: "var(--accent)",
                  }}
                />
                <span className="mono">{t.count}</span>
              </div>
            ))}
          </div>
          <h2>Claims (newest first)</h2>
          <table className="claims">
            <tbody>
              {items.map((claim) => (
                <tr key={claim.id}>
                  <td className="mono small nowrap">
                    {formatDate(claim.statedOn ?? claim.article.publishedAt)}
                  </td>
                  <td>
                    <StatusBadge status={claim.status} />{" "}
                    <VerdictLabel verdictKey={claim.verdictKey} levels={levels} />
                  </td>
                  <td>
                    <ClaimSnippetLink claim={claim} />
                  </td>
                  <td className="small">
                    <Link prefetch={false} href={`/articles/${claim.article.id}#claim-${claim.id}`}>
                      <bdi>{claim.article.title ?? "Untitled"}</bdi>
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {page.nextCursor && (
            <Link
              prefetch={false}
              href={`/speakers/${speaker.id}?cursor=${encodeURIComponent(page.nextCursor)}`}
            >
              Older claims »
            </Link>
          )}
        </section>
        <aside className="panel">
          <h2>Merge a duplicate</h2>
          {can(actor, "mergeSpeakers") ? (
            <ActionForm action={mergeSpeakersAction} className="stack" label="Merge speakers">
              <p className="small muted">
                Pick the speaker that is the same person as <bdi>{speaker.name}</bdi>. Its claims move here
                and its name becomes an alias.
              </p>
              <input type="hidden" name="keepId" value={speaker.id} />
              <SpeakerPicker current="none" allowNew={false} legend="Duplicate speaker" />
              <button type="submit" className="btn primary">
                Merge into <bdi>{speaker.name}</bdi>
              </button>
            </ActionForm>
          ) : (
            <p className="small muted">Only admins can merge speakers.</p>
          )}
        </aside>
      </div>
    </main>
  );
}
