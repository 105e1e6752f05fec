import { listRatingLevels } from "@sayso/db/review";
import type { ReactNode } from "react";
import { KeyboardHelp } from "@/components/keyboard-help";
import { NavLinks } from "@/components/nav-links";
import { signOutAction } from "@/lib/actions/auth";
import { getDb } from "@/lib/db";
import { requirePageActor } from "@/lib/session";

export default async function AppLayout({ children }: { children: ReactNode }) {
  // Each page checks again: a layout is not re-rendered on client-side navigation.
  const actor = await requirePageActor("/queue");
  const levels = await listRatingLevels(getDb());
  return (
    <>
      <a className="skip-link" href="#content">
        Skip to content
      </a>
      <header className="topbar">
        <a className="brand" href="/queue">
          sayso
        </a>
        <NavLinks />
        <span className="spacer" />
        <span className="small">
          <bdi>{actor.name}</bdi> · {actor.role}
        </span>
        <form action={signOutAction}>
          <button type="submit">Sign out</button>
        </form>
      </header>
      <div className="page" id="content">
        {children}
      </div>
      <KeyboardHelp verdictLabels={levels.slice(0, 5).map((level) => level.label)} />
    </>
  );
}
