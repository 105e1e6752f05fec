"use client";
import Link from "next/link";
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from "react";
import type { Status } from "@/lib/labels";

type Counts = Record<Status, number>;

interface StatusCountsValue {
  counts: Counts;
  /** a claim on this page changed status (keyboard review) */
  moved(from: Status, to: Status): void;
  /** a claim arrived over the live feed */
  added(status: Status): void;
}

const StatusCountsContext = createContext<StatusCountsValue | null>(null);

/** Per-status counts of the queue's filter, kept current as the reviewer works (no reload). */
export function StatusCountsProvider({ initial, children }: { initial: Counts; children: ReactNode }) {
  const [counts, setCounts] = useState(initial);
  const moved = useCallback((from: Status, to: Status) => {
    if (from !== to) setCounts((c) => ({ ...c, [from]: Math.max(0, c[from] - 1), [to]: c[to] + 1 }));
  }, []);
  const added = useCallback((status: Status) => setCounts((c) => ({ ...c, [status]: c[status] + 1 })), []);
  const value = useMemo(() => ({ counts, moved, added }), [counts, moved, added]);
  return <StatusCountsContext.Provider value={value}>{children}</StatusCountsContext.Provider>;
}

export function useStatusCounts(): StatusCountsValue | null {
  return useContext(StatusCountsContext);
}

export interface StatusTab {
  status: Status | "all";
  label: string;
  href: string;
  current: boolean;
}

export function StatusTabs({ tabs }: { tabs: StatusTab[] }) {
  const { counts } = useStatusCounts() ?? { counts: null };
  const total = counts ? Object.values(counts).reduce((sum, n) => sum + n, 0) : 0;
  return (
    <nav className="tabs" aria-label="Status">
      {tabs.map((tab) => (
        <Link
          prefetch={false}
          key={tab.status}
          href={tab.href}
          aria-current={tab.current ? "page" : undefined}
          data-status-tab={tab.status}
        >
          {tab.label}
          <span className="count">{tab.status === "all" ? total : (counts?.[tab.status] ?? 0)}</span>
        </Link>
      ))}
    </nav>
  );
}
