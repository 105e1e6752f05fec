export const STATUSES = ["unreviewed", "verified", "rejected", "needs_work"] as const;
export type Status = (typeof STATUSES)[number];

export const STATUS_LABELS: Record<Status, string> = {
  unreviewed: "Unreviewed",
  verified: "Verified",
  rejected: "Rejected",
  needs_work: "Needs work",
};

export const LINK_TYPES = ["same", "supports", "contradicts", "updates"] as const;
export type LinkTypeName = (typeof LINK_TYPES)[number];
export const LINK_LABELS: Record<LinkTypeName, { outgoing: string; incoming: string }> = {
  same: { outgoing: "same claim as", incoming: "same claim as" },
  supports: { outgoing: "supports", incoming: "supported by" },
  contradicts: { outgoing: "contradicts", incoming: "contradicted by" },
  updates: { outgoing: "updates", incoming: "updated by" },
};

export const KIND_LABELS = {
  direct: "Direct quote",
  indirect: "Indirect (reported)",
  mixed: "Mixed",
} as const;

export interface RatingLevelView {
  key: string;
  label: string;
  position: number;
}

export function isStatus(value: unknown): value is Status {
  return typeof value === "string" && (STATUSES as readonly string[]).includes(value);
}

export function formatDate(value: Date | string | null | undefined): string {
  if (!value) return "—";
  const date = typeof value === "string" ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return date.toISOString().slice(0, 10);
}

export function formatDateTime(value: Date | string): string {
  const date = typeof value === "string" ? new Date(value) : value;
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}
