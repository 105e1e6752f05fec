import { formatDateTime } from "@/lib/labels";

interface AuditEventView {
  id: bigint | number | string;
  at: Date;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
}

function show(value: unknown): string {
  if (value === null || value === undefined) return "∅";
  if (typeof value === "string") return value;
  return JSON.stringify(value);
}

/** Field-by-field before → after for one audit event. */
function changes(before: unknown, after: unknown): { field: string; from: string; to: string }[] {
  const b = before && typeof before === "object" ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === "object" ? (after as Record<string, unknown>) : {};
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f]) !== JSON.stringify(a[f]))
    .map((f) => ({ field: f, from: show(b[f]), to: show(a[f]) }));
}

export function History({ events }: { events: readonly AuditEventView[] }) {
  return (
    <section className="panel" aria-labelledby="history-title">
      <h2 id="history-title">History</h2>
      {events.length === 0 ? (
        <p className="muted small">No changes yet — this is the extractor's output.</p>
      ) : (
        <table className="history" data-testid="history">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Before → after</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={String(event.id)}>
                <td className="mono">{formatDateTime(event.at)}</td>
                <td>
                  <bdi>{event.actor}</bdi>
                </td>
                <td>{event.action}</td>
                <td className="diff">
                  {changes(event.before, event.after).map((change) => (
                    <div key={change.field}>
                      <span className="muted">{change.field}:</span>{" "}
                      <del>
                        <bdi>{change.from}</bdi>
                      </del>{" "}
                      →{" "}
                      <ins>
                        <bdi>{change.to}</bdi>
                      </ins>
                    </div>
                  ))}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
