"use client";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import {
  ACTION_LABELS,
  DEFAULT_KEYMAP,
  KEY_ACTIONS,
  type KeyAction,
  saveKeymap,
  VERDICT_ACTIONS,
} from "@/lib/keymap";
import { useKeyboard } from "./use-keyboard";

function labelOf(action: KeyAction, verdictLabels: string[]): string {
  const index = VERDICT_ACTIONS.indexOf(action);
  const verdict = index >= 0 ? verdictLabels[index] : undefined;
  return verdict ? `Verdict “${verdict}” and next claim` : ACTION_LABELS[action];
}

/** Global shortcuts (search, help) and the help dialog, where keys can be remapped. */
export function KeyboardHelp({ verdictLabels }: { verdictLabels: string[] }) {
  const router = useRouter();
  const dialog = useRef<HTMLDialogElement>(null);
  const [capturing, setCapturing] = useState<KeyAction | null>(null);
  const map = useKeyboard({
    help: () => dialog.current?.showModal(),
    search: () => {
      const box = document.getElementById("search-input");
      if (box instanceof HTMLInputElement) box.focus();
      else router.push("/search");
    },
  });

  // marks the page as interactive (keyboard handlers attached); the browser tests wait for it
  useEffect(() => {
    document.documentElement.dataset.hydrated = "true";
  }, []);

  // while "Change" waits, the next key pressed becomes the shortcut (Esc cancels)
  useEffect(() => {
    if (!capturing) return;
    function onKeyDown(event: KeyboardEvent) {
      event.preventDefault();
      event.stopPropagation();
      if (event.key !== "Escape" && event.key.length === 1 && capturing)
        saveKeymap({ ...map, [capturing]: event.key });
      setCapturing(null);
    }
    window.addEventListener("keydown", onKeyDown, { capture: true });
    return () => window.removeEventListener("keydown", onKeyDown, { capture: true });
  }, [capturing, map]);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby="keys-title" onClose={() => setCapturing(null)}>
      <h2 id="keys-title">Keyboard shortcuts</h2>
      <table className="keys">
        <tbody>
          {KEY_ACTIONS.map((action) => (
            <tr key={action}>
              <td>
                <kbd>{map[action]}</kbd>
              </td>
              <td>{labelOf(action, verdictLabels)}</td>
              <td>
                <button type="button" className="btn small" onClick={() => setCapturing(action)}>
                  {capturing === action ? "Press a key…" : "Change"}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="small muted">Shortcuts are kept in this browser. Esc closes.</p>
      <form method="dialog" className="row">
        <button type="button" className="btn" onClick={() => saveKeymap(DEFAULT_KEYMAP)}>
          Reset to defaults
        </button>
        <button type="submit" className="btn primary">
          Close
        </button>
      </form>
    </dialog>
  );
}
