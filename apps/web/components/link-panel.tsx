import type { ClaimRow } from "@sayso/db/review";
import Link from "next/link";
import { linkAction, unlinkAction } from "@/lib/actions/claims";
import { LINK_LABELS, LINK_TYPES, type LinkTypeName, type RatingLevelView } from "@/lib/labels";
import { directionOf } from "@/lib/segments";
import { ActionForm } from "./action-form";
import { FocusOnHash } from "./focus-on-hash";
import { StatusBadge } from "./status-badge";

interface LinkView {
  id: string;
  type: LinkTypeName;
  note: string | null;
  claim: ClaimRow;
}

export interface SuggestionView {
  claim: ClaimRow;
  similarity: number;
  sameSpeaker: boolean;
}

function ClaimLine({ claim }: { claim: ClaimRow }) {
  return (
    <>
      <StatusBadge status={claim.status} /> <bdi>{claim.speaker?.name ?? "unknown"}</bdi>:{" "}
      <Link prefetch={false} href={`/claims/${claim.id}`} dir={directionOf(claim.article.lang)}>
        <bdi>
          {claim.contentText.length > 160 ? `${claim.contentText.slice(0, 160)}…` : claim.contentText}
        </bdi>
      </Link>{" "}
      <span className="muted small">
        — <bdi>{claim.article.title ?? "untitled"}</bdi>
      </span>
    </>
  );
}

function LinkList({
  claimId,
  links,
  direction,
}: {
  claimId: string;
  links: LinkView[];
  direction: "outgoing" | "incoming";
}) {
  if (links.length === 0) return null;
  return (
    <ul data-testid={`links-${direction}`}>
      {links.map((link) => (
        <li key={link.id} data-link-type={link.type}>
          <strong>{LINK_LABELS[link.type][direction]}</strong> <ClaimLine claim={link.claim} />
          {link.note && <span className="small muted"> ({link.note})</span>}
          <ActionForm action={unlinkAction} className="row">
            <input type="hidden" name="linkId" value={link.id} />
            <input type="hidden" name="claimId" value={claimId} />
            <button type="submit" className="btn danger small">
              Remove link
            </button>
          </ActionForm>
        </li>
      ))}
    </ul>
  );
}

/** Links both ways, a form to add one, and suggested similar claims (same speaker first). */
export function LinkPanel({
  claimId,
  links,
  suggestions,
}: {
  claimId: string;
  links: { outgoing: LinkView[]; incoming: LinkView[] };
  suggestions: SuggestionView[];
  levels: RatingLevelView[];
}) {
  const none = links.outgoing.length === 0 && links.incoming.length === 0;
  return (
    <section className="panel" aria-labelledby="links-title" id="link">
      <FocusOnHash hash="#link" targetId="link-target" />
      <h2 id="links-title">Links</h2>
      {none && <p className="muted small">Not linked to other claims yet.</p>}
      <LinkList claimId={claimId} links={links.outgoing} direction="outgoing" />
      <LinkList claimId={claimId} links={links.incoming} direction="incoming" />
      <ActionForm action={linkAction} className="filters" label="Link to another claim">
        <input type="hidden" name="fromId" value={claimId} />
        <label>
          This claim…
          <select name="type" defaultValue="same">
            {LINK_TYPES.map((type) => (
              <option key={type} value={type}>
                {LINK_LABELS[type].outgoing}
              </option>
            ))}
          </select>
        </label>
        <label>
          …claim id or URL
          <input id="link-target" type="text" name="toId" required size={28} />
        </label>
        <label>
          Note
          <input type="text" name="note" dir="auto" />
        </label>
        <button type="submit" className="btn primary">
          Link
        </button>
      </ActionForm>
      <h3 className="small">Suggestions</h3>
      {suggestions.length === 0 ? (
        <p className="muted small">No similar claims found.</p>
      ) : (
        <ul className="suggestions" data-testid="suggestions">
          {suggestions.map((s) => (
            <li key={s.claim.id} data-claim-id={s.claim.id}>
              <ClaimLine claim={s.claim} />{" "}
              <span className="small muted mono">
                {Math.round(s.similarity * 100)}% similar{s.sameSpeaker ? " · same speaker" : ""}
              </span>
              <ActionForm action={linkAction} className="row">
                <input type="hidden" name="fromId" value={claimId} />
                <input type="hidden" name="toId" value={s.claim.id} />
                {LINK_TYPES.map((type) => (
                  <button key={type} type="submit" name="type" value={type} className="btn small">
                    {LINK_LABELS[type].outgoing}
                  </button>
                ))}
              </ActionForm>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
