"use client";
import { useEffect } from "react";

/** Focuses an element when the page is opened at a given #hash (e.g. the `l` shortcut → #link). */
export function FocusOnHash({ hash, targetId }: { hash: string; targetId: string }) {
  useEffect(() => {
    const focus = () => {
      if (window.location.hash === hash) document.getElementById(targetId)?.focus();
    };
    focus();
    window.addEventListener("hashchange", focus);
    return () => window.removeEventListener("hashchange", focus);
  }, [hash, targetId]);
  return null;
}
