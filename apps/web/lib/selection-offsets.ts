// Maps a DOM Selection inside the article back to UTF-16 offsets of the article text.
// Every rendered text segment is a <span data-offset="N"> whose only child is a text node, and
// every paragraph is an element with data-offset/data-end, so DOM positions convert exactly.

function segmentStart(element: Element | null): number | null {
  const value = element?.getAttribute("data-offset");
  return value == null ? null : Number(value);
}

function endOf(element: Element): number | null {
  const end = element.getAttribute("data-end");
  if (end != null) return Number(end);
  const start = segmentStart(element);
  return start == null ? null : start + (element.textContent ?? "").length;
}

/** The article offset of one DOM boundary point (node, offset), or null when outside the text. */
export function articleOffset(node: Node, offset: number): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const start = segmentStart(node.parentElement?.closest("[data-offset]") ?? null);
    return start == null ? null : start + offset;
  }
  if (!(node instanceof Element)) return null;
  const children = [...node.children].filter((child) => child.hasAttribute("data-offset"));
  if (children.length === 0) {
    const holder = node.closest("[data-offset]");
    if (!holder) return null;
    return offset === 0 ? segmentStart(holder) : endOf(holder);
  }
  // offset counts child nodes; find the first marked child at or after that position
  const after = node.childNodes[offset];
  if (after instanceof Element && after.hasAttribute("data-offset")) return segmentStart(after);
  const before = offset > 0 ? node.childNodes[offset - 1] : undefined;
  if (before instanceof Element && before.hasAttribute("data-offset")) return endOf(before);
  const first = children[0];
  const last = children[children.length - 1];
  return offset === 0 ? segmentStart(first ?? null) : last ? endOf(last) : null;
}

/** The selected range in article offsets, ordered, or null if the selection is empty or outside. */
export function selectionRange(
  selection: Selection | null,
  root: Element,
): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const a = articleOffset(range.startContainer, range.startOffset);
  const b = articleOffset(range.endContainer, range.endOffset);
  if (a == null || b == null || a === b) return null;
  return { start: Math.min(a, b), end: Math.max(a, b) };
}

/** Trims whitespace and surrounding punctuation a drag selection tends to pick up. */
export function trimRange(
  text: string,
  range: { start: number; end: number },
): { start: number; end: number } {
  let { start, end } = range;
  while (start < end && /\s/.test(text[start] ?? "")) start++;
  while (end > start && /\s/.test(text[end - 1] ?? "")) end--;
  return { start, end };
}
