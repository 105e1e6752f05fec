// Keyboard shortcuts. The map is remappable: overrides live in localStorage under KEYMAP_STORAGE_KEY.

export const KEY_ACTIONS = [
  "next",
  "previous",
  "verify",
  "reject",
  "needsWork",
  "verdict1",
  "verdict2",
  "verdict3",
  "verdict4",
  "verdict5",
  "link",
  "open",
  "search",
  "help",
] as const;
export type KeyAction = (typeof KEY_ACTIONS)[number];
export type Keymap = Record<KeyAction, string>;

export const DEFAULT_KEYMAP: Keymap = {
  next: "j",
  previous: "k",
  verify: "v",
  reject: "x",
  needsWork: "n",
  verdict1: "1",
  verdict2: "2",
  verdict3: "3",
  verdict4: "4",
  verdict5: "5",
  link: "l",
  open: "o",
  search: "/",
  help: "?",
};

export const ACTION_LABELS: Record<KeyAction, string> = {
  next: "Next claim",
  previous: "Previous claim",
  verify: "Verify",
  reject: "Reject",
  needsWork: "Needs work",
  verdict1: "Verdict 1 and next",
  verdict2: "Verdict 2 and next",
  verdict3: "Verdict 3 and next",
  verdict4: "Verdict 4 and next",
  verdict5: "Verdict 5 and next",
  link: "Link to another claim",
  open: "Open claim page",
  search: "Search",
  help: "This help",
};

export const KEYMAP_STORAGE_KEY = "sayso.keymap";
export const KEYMAP_CHANGED_EVENT = "sayso:keymap";

export function loadKeymap(): Keymap {
  if (typeof window === "undefined") return DEFAULT_KEYMAP;
  try {
    const stored = JSON.parse(window.localStorage.getItem(KEYMAP_STORAGE_KEY) ?? "{}") as Record<
      string,
      unknown
    >;
    const map = { ...DEFAULT_KEYMAP };
    for (const action of KEY_ACTIONS) {
      const key = stored[action];
      if (typeof key === "string" && key.length > 0 && key.length <= 12) map[action] = key;
    }
    return map;
  } catch {
    return DEFAULT_KEYMAP;
  }
}

export function saveKeymap(map: Keymap): void {
  const overrides: Partial<Keymap> = {};
  for (const action of KEY_ACTIONS)
    if (map[action] !== DEFAULT_KEYMAP[action]) overrides[action] = map[action];
  window.localStorage.setItem(KEYMAP_STORAGE_KEY, JSON.stringify(overrides));
  window.dispatchEvent(new Event(KEYMAP_CHANGED_EVENT));
}

export function actionForKey(map: Keymap, key: string): KeyAction | null {
  for (const action of KEY_ACTIONS) if (map[action] === key) return action;
  return null;
}

export const VERDICT_ACTIONS: readonly KeyAction[] = [
  "verdict1",
  "verdict2",
  "verdict3",
  "verdict4",
  "verdict5",
];

/** Typing in a form field never triggers shortcuts. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName);
}
