"use client";
import { useEffect, useRef, useState } from "react";
import {
  actionForKey,
  DEFAULT_KEYMAP,
  isTypingTarget,
  KEYMAP_CHANGED_EVENT,
  type KeyAction,
  type Keymap,
  loadKeymap,
} from "@/lib/keymap";

export function useKeymap(): Keymap {
  const [map, setMap] = useState<Keymap>(DEFAULT_KEYMAP);
  useEffect(() => {
    const reload = () => setMap(loadKeymap());
    reload();
    window.addEventListener(KEYMAP_CHANGED_EVENT, reload);
    window.addEventListener("storage", reload);
    return () => {
      window.removeEventListener(KEYMAP_CHANGED_EVENT, reload);
      window.removeEventListener("storage", reload);
    };
  }, []);
  return map;
}

export type KeyHandlers = Partial<Record<KeyAction, () => void>>;

/** Calls the handler bound to a pressed shortcut; handlers may change every render. */
export function useKeyboard(handlers: KeyHandlers): Keymap {
  const map = useKeymap();
  const latest = useRef(handlers);
  latest.current = handlers;
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.ctrlKey || event.metaKey || event.altKey || event.isComposing) return;
      if (isTypingTarget(event.target)) return;
      if (document.querySelector("dialog[open]")) return;
      const action = actionForKey(map, event.key);
      const handler = action ? latest.current[action] : undefined;
      if (!handler) return;
      event.preventDefault();
      handler();
    }
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [map]);
  return map;
}
