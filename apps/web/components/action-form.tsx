"use client";
import { useRouter } from "next/navigation";
import { type ReactNode, useState, useTransition } from "react";
import type { ActionResult } from "@/lib/actions/run";

/** A form bound to a server action, showing the action's message or error next to it. */
export function ActionForm({
  action,
  children,
  className,
  label,
}: {
  action: (form: FormData) => Promise<ActionResult>;
  children: ReactNode;
  className?: string;
  label?: string;
}) {
  const router = useRouter();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <form
      className={className}
      aria-label={label}
      aria-busy={pending}
      action={(form) =>
        startTransition(async () => {
          const outcome = await action(form);
          setResult(outcome);
          if (outcome.ok) router.refresh();
        })
      }
    >
      {children}
      {result && (
        <p className={result.ok ? "small muted" : "small error"} role={result.ok ? "status" : "alert"}>
          {result.ok ? (result.message ?? "Saved.") : result.error}
        </p>
      )}
    </form>
  );
}
