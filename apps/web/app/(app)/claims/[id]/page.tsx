import { getArticleView, getClaimDetail, listRatingLevels, suggestLinks } from "@sayso/db/review";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ActionForm } from "@/components/action-form";
import { History } from "@/components/claim-history";
import { ClaimKeys } from "@/components/claim-keys";
import { LinkPanel } from "@/components/link-panel";
import { SpanEditor } from "@/components/span-editor";
import { SpeakerPicker } from "@/components/speaker-picker";
import { StatusBadge, VerdictLabel } from "@/components/status-badge";
import { correctAction, reviewAction } from "@/lib/actions/claims";
import { getDb } from "@/lib/db";
import { formatDate, formatDateTime, KIND_LABELS, STATUSES } from "@/lib/labels";
import { directionOf } from "@/lib/segments";
import { requirePageActor } from "@/lib/session";

export const metadata: Metadata = { title: "Claim" };

const range = (start: number | null, end: number | null) =>
  start === null || end === null ? null : { start, end };

export default async function ClaimPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageActor(`/claims/${encodeURIComponent(id)}`);
  const db = getDb();
  const [detail, levels, suggestions] = await Promise.all([
    getClaimDetail(db, id),
    listRatingLevels(db),
    suggestLinks(db, id),
  ]);
  if (!detail) notFound();
  const { claim, article, links, history } = detail;
  // j/k on this page walk the article's claims in text order
  const siblings = ((await getArticleView(db, article.id))?.claims ?? []).map((c) => c.id);
  const position = siblings.indexOf(claim.id);
  const spans = {
    id: claim.id,
    mention: range(claim.mentionStart, claim.mentionEnd),
    cue: range(claim.cueStart, claim.cueEnd),
    content: { start: claim.contentStart, end: claim.contentEnd },
  };

  return (
    <main>
      <p className="small">
        <Link prefetch={false} href={`/articles/${article.id}#claim-${claim.id}`}>
          ← <bdi>{article.title ?? "Untitled article"}</bdi>
        </Link>
        <span className="muted">
          {" "}
          · <bdi>{article.outlet ?? ""}</bdi> · {formatDate(article.publishedAt)}
        </span>
      </p>
      <ClaimKeys
        claimId={claim.id}
        status={claim.status}
        levels={levels}
        previousId={siblings[position - 1] ?? null}
        nextId={siblings[position + 1] ?? null}
      />
      <h1 dir={directionOf(article.lang)} lang={article.lang ?? undefined} className="claim-title">
        {article.text.slice(claim.contentStart, claim.contentEnd)}
      </h1>
      <div className="row small" style={{ marginBlockEnd: "0.75rem" }}>
        <StatusBadge status={claim.status} />
        <VerdictLabel verdictKey={claim.verdictKey} levels={levels} />
        <span>
          {claim.speaker ? (
            <Link prefetch={false} href={`/speakers/${claim.speaker.id}`}>
              <bdi>{claim.speaker.name}</bdi>
            </Link>
          ) : (
            "unknown speaker"
          )}
        </span>
        <span className="muted">{KIND_LABELS[claim.kind]}</span>
        <span className="muted mono">said {formatDate(claim.statedOn)}</span>
        {claim.reviewer && claim.reviewedAt && (
          <span className="muted">
            reviewed by <bdi>{claim.reviewer.name}</bdi> {formatDateTime(claim.reviewedAt)}
          </span>
        )}
      </div>

      <div className="columns">
        <div className="stack">
          <SpanEditor claim={spans} text={article.text} lang={article.lang} />
          <LinkPanel claimId={claim.id} links={links} suggestions={suggestions} levels={levels} />
          <History events={history} />
        </div>

        <aside className="stack">
          <ActionForm action={reviewAction} className="panel stack" label="Review">
            <h2>Review</h2>
            <input type="hidden" name="claimId" value={claim.id} />
            {/* keyed by the saved values: after a save (or a keyboard review) the fields show them */}
            <div key={`${claim.status}|${claim.verdictKey}|${claim.verdictNote}`} className="stack">
              <fieldset className="choices">
                <legend>Status</legend>
                {STATUSES.map((status) => (
                  <label key={status}>
                    <input
                      type="radio"
                      name="status"
                      value={status}
                      defaultChecked={claim.status === status}
                    />
                    <StatusBadge status={status} />
                  </label>
                ))}
              </fieldset>
              <label>
                Verdict
                <select name="verdictKey" defaultValue={claim.verdictKey ?? ""}>
                  <option value="">No verdict</option>
                  {levels.map((level, index) => (
                    <option key={level.key} value={level.key}>
                      {index < 5 ? `${index + 1} · ` : ""}
                      {level.label}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Note
                <textarea name="verdictNote" defaultValue={claim.verdictNote ?? ""} dir="auto" />
              </label>
            </div>
            <button type="submit" className="btn primary">
              Save review
            </button>
          </ActionForm>

          <ActionForm action={correctAction} className="panel stack" label="Correct">
            <h2>Correct</h2>
            <input type="hidden" name="claimId" value={claim.id} />
            <div key={claim.updatedAt.toISOString()} className="stack">
              <SpeakerPicker
                current={claim.speaker ? { id: claim.speaker.id, name: claim.speaker.name } : null}
              />
              <label>
                Kind
                <select name="kind" defaultValue={claim.kind}>
                  {Object.entries(KIND_LABELS).map(([value, label]) => (
                    <option key={value} value={value}>
                      {label}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Said on
                <input type="date" name="statedOn" defaultValue={claim.statedOn ?? ""} />
              </label>
            </div>
            <button type="submit" className="btn primary">
              Save correction
            </button>
          </ActionForm>

          <section className="panel small">
            <h2>Extraction</h2>
            <dl className="facts">
              <dt>Extractor</dt>
              <dd className="mono">
                {claim.extractorName}@{claim.extractorVersion}
              </dd>
              <dt>Why</dt>
              <dd className="mono">{claim.why ?? "—"}</dd>
              <dt>Spans</dt>
              <dd className="mono">
                content [{claim.contentStart}, {claim.contentEnd}) cue [{claim.cueStart ?? "–"},{" "}
                {claim.cueEnd ?? "–"}) mention [{claim.mentionStart ?? "–"}, {claim.mentionEnd ?? "–"})
              </dd>
            </dl>
          </section>
        </aside>
      </div>
    </main>
  );
}
