"use client";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { ACTION_LABELS, DEFAULT_KEYMAP, KEY_ACTIONS, type KeyAction, saveKeymap } from "@/lib/keymap";
import { useKeyboard } from "./use-keyboard";

/** Global shortcuts (search, help) and the help overlay, where keys can be remapped. */
export function KeyboardHelp() {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [capturing, setCapturing] = useState<KeyAction | null>(null);
  const map = useKeyboard({
    help: () => setOpen(true),
    search: () => {
      const box = document.getElementById("search-input");
      if (box instanceof HTMLInputElement) box.focus();
      else router.push("/search");
    },
  });

  useEffect(() => {
    if (!open) return;
    function onKeyDown(event: KeyboardEvent) {
      if (capturing) {
        event.preventDefault();
        if (event.key !== "Escape" && event.key.length === 1) saveKeymap({ ...map, [capturing]: event.key });
        setCapturing(null);
      } else if (event.key === "Escape") {
        setOpen(false);
      }
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [open, capturing, map]);

  if (!open) return null;
  return (
    <div className="overlay" data-modal-open onClick={() => setOpen(false)}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="keys-title"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="keys-title">Keyboard shortcuts</h2>
        <table className="keys">
          <tbody>
            {KEY_ACTIONS.map((action) => (
              <tr key={action}>
                <td>
                  <kbd>{map[action]}</kbd>
                </td>
                <td>{ACTION_LABELS[action]}</td>
                <td>
                  <button type="button" className="btn small" onClick={() => setCapturing(action)}>
                    {capturing === action ? "Press a key…" : "Change"}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="small muted">Verdict keys follow the rating scale order. Esc closes.</p>
        <div className="row">
          <button type="button" className="btn" onClick={() => saveKeymap(DEFAULT_KEYMAP)}>
            Reset to defaults
          </button>
          <button type="button" className="btn primary" onClick={() => setOpen(false)} autoFocus>
            Close
          </button>
        </div>
      </div>
    </div>
  );
}
