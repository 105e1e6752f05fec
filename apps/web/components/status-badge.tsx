import { type RatingLevelView, STATUS_LABELS, type Status } from "@/lib/labels";

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`badge ${status}`} data-status={status}>
      {STATUS_LABELS[status]}
    </span>
  );
}

export function VerdictLabel({
  verdictKey,
  levels,
}: {
  verdictKey: string | null;
  levels: readonly RatingLevelView[];
}) {
  if (!verdictKey) return null;
  const level = levels.find((l) => l.key === verdictKey);
  return (
    <span className="verdict" data-verdict={verdictKey}>
      {level?.label ?? verdictKey}
    </span>
  );
}
