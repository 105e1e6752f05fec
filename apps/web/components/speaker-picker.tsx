"use client";
import { useEffect, useState } from "react";

interface SpeakerOption {
  id: string;
  name: string;
}

/**
 * Pick an existing speaker by name (searched on the server, Arabic-normalized) or type a new one.
 * Writes `speakerId` or `newSpeakerName`/`newSpeakerKind` into the surrounding form.
 */
export function SpeakerPicker({
  current,
  inputName = "speakerId",
  allowNew = true,
  legend = "Speaker",
}: {
  current: SpeakerOption | null | "none";
  inputName?: string;
  allowNew?: boolean;
  legend?: string;
}) {
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<SpeakerOption[]>([]);
  const [chosen, setChosen] = useState<SpeakerOption | null>(null);
  const [creating, setCreating] = useState(false);

  useEffect(() => {
    const q = query.trim();
    if (q.length < 2) {
      setOptions([]);
      return;
    }
    const controller = new AbortController();
    const timer = window.setTimeout(async () => {
      try {
        const response = await fetch(`/api/speakers?q=${encodeURIComponent(q)}`, {
          signal: controller.signal,
        });
        if (!response.ok) return;
        const found = (await response.json()) as SpeakerOption[] | { items: SpeakerOption[] };
        setOptions((Array.isArray(found) ? found : found.items).slice(0, 12));
      } catch {
        // aborted or offline: keep the last list
      }
    }, 200);
    return () => {
      controller.abort();
      window.clearTimeout(timer);
    };
  }, [query]);

  return (
    <fieldset className="stack">
      <legend>{legend}</legend>
      <p className="small">
        {current !== "none" && (
          <>
            Now: <bdi>{current?.name ?? "unknown"}</bdi>{" "}
          </>
        )}
        {chosen && (
          <>
            →{" "}
            <strong>
              <bdi>{chosen.name}</bdi>
            </strong>
          </>
        )}
      </p>
      {chosen && <input type="hidden" name={inputName} value={chosen.id} />}
      {!creating && (
        <label>
          Find a speaker
          <input
            type="search"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={(e) => {
              // Enter picks nothing and must not submit the surrounding form
              if (e.key === "Enter") e.preventDefault();
            }}
            dir="auto"
            placeholder="name or alias"
          />
        </label>
      )}
      {options.length > 0 && !creating && (
        <ul className="small" aria-label="Matching speakers">
          {options.map((option) => (
            <li key={option.id}>
              <button
                type="button"
                className="btn"
                aria-pressed={chosen?.id === option.id}
                onClick={() => setChosen(option)}
              >
                <bdi>{option.name}</bdi>
              </button>
            </li>
          ))}
        </ul>
      )}
      {allowNew && (
        <label className="check">
          <input
            type="checkbox"
            checked={creating}
            onChange={(e) => {
              setCreating(e.target.checked);
              setChosen(null);
            }}
          />{" "}
          New speaker
        </label>
      )}
      {creating && (
        <div className="row">
          <label>
            Name
            <input type="text" name="newSpeakerName" required dir="auto" />
          </label>
          <label>
            Kind
            <select name="newSpeakerKind" defaultValue="person">
              <option value="person">Person</option>
              <option value="organisation">Organisation</option>
              <option value="unknown">Unknown</option>
            </select>
          </label>
        </div>
      )}
    </fieldset>
  );
}
