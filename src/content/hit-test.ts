// Which highlighted mention is under the pointer: the Highlight API paints ranges but gives
// them no events, so the caret position under the pointer is looked up instead.
import { rangeOf, type Highlighter, type Mention } from './highlighter';

export function mentionAt(
  doc: Document,
  highlighter: Highlighter,
  x: number,
  y: number,
): Mention | null {
  let node: Node | null = null;
  let offset = 0;
  const d = doc as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
  };
  if (d.caretPositionFromPoint) {
    const pos = d.caretPositionFromPoint(x, y);
    node = pos?.offsetNode ?? null;
    offset = pos?.offset ?? 0;
  } else if (doc.caretRangeFromPoint) {
    const r = doc.caretRangeFromPoint(x, y);
    node = r?.startContainer ?? null;
    offset = r?.startOffset ?? 0;
  }
  if (!node || node.nodeType !== Node.TEXT_NODE) return null;
  for (const m of highlighter.mentionsOf(node as Text)) {
    if (offset < m.match.start || offset > m.match.end) continue;
    // The caret snaps to the nearest character: confirm the pointer is on the text itself.
    for (const rect of rangeOf(m).getClientRects()) {
      if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1)
        return m;
    }
  }
  return null;
}
