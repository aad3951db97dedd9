// Keeps the set of highlighted mentions. With the CSS Custom Highlight API the page's DOM is
// never changed: ranges are painted by the browser. Without it, mentions are wrapped in
// <mark> elements that `clear()` removes completely (unwrap and normalize).
import type { DrugMatch } from '../core/drug-matcher';
import { OWN_UI_ATTR } from './text-scanner';

export const HIGHLIGHT_NAME = 'rx-lens-drug';
export const FLASH_NAME = 'rx-lens-flash';

export interface Mention {
  range: Range;
  node: Text;
  match: DrugMatch;
}

const hasHighlightApi = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

export class Highlighter {
  private readonly byNode = new Map<Text, Mention[]>();
  private readonly highlight: Highlight | null;
  private readonly marks = new Set<HTMLElement>();
  readonly usesHighlightApi: boolean;

  constructor(private readonly doc: Document) {
    this.usesHighlightApi = hasHighlightApi();
    this.highlight = this.usesHighlightApi ? new Highlight() : null;
    if (this.highlight) CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
  }

  /** Replaces the mentions of one text node. */
  setMentions(node: Text, matches: DrugMatch[]): void {
    this.removeNode(node);
    if (matches.length === 0) return;
    if (!this.highlight) {
      this.wrap(node, matches);
      return;
    }
    const list: Mention[] = matches.map((match) => {
      const range = this.doc.createRange();
      range.setStart(node, match.start);
      range.setEnd(node, match.end);
      this.highlight!.add(range);
      return { range, node, match };
    });
    this.byNode.set(node, list);
  }

  removeNode(node: Text): void {
    const old = this.byNode.get(node);
    if (!old) return;
    for (const m of old) this.highlight?.delete(m.range);
    this.byNode.delete(node);
  }

  /** Drops mentions whose text left the document. */
  prune(): void {
    for (const node of [...this.byNode.keys()]) if (!node.isConnected) this.removeNode(node);
  }

  mentionsOf(node: Text): Mention[] {
    return this.byNode.get(node) ?? [];
  }

  /** Every mention, in document order. */
  all(): Mention[] {
    const list = [...this.byNode.values()].flat().filter((m) => m.node.isConnected);
    return list.sort((a, b) => {
      if (a.node === b.node) return a.match.start - b.match.start;
      return a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  get size(): number {
    let n = 0;
    for (const list of this.byNode.values()) n += list.length;
    return n + this.marks.size;
  }

  /** Removes every trace: highlights, flash, wrappers. */
  clear(): void {
    this.highlight?.clear();
    if (hasHighlightApi()) {
      CSS.highlights.delete(HIGHLIGHT_NAME);
      CSS.highlights.delete(FLASH_NAME);
    }
    this.byNode.clear();
    for (const mark of this.marks) {
      const parent = mark.parentNode;
      if (!parent) continue;
      while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
      parent.removeChild(mark);
      parent.normalize();
    }
    this.marks.clear();
  }

  flash(range: Range): void {
    if (!hasHighlightApi()) return;
    CSS.highlights.set(FLASH_NAME, new Highlight(range));
    setTimeout(() => CSS.highlights.delete(FLASH_NAME), 1200);
  }

  /** Fallback: wrap each mention in a removable <mark>. */
  private wrap(node: Text, matches: DrugMatch[]): void {
    let current = node;
    let offset = 0;
    for (const m of matches) {
      const start = current.splitText(m.start - offset);
      const after = start.splitText(m.end - m.start);
      const mark = this.doc.createElement('mark');
      mark.className = 'rx-lens-mark';
      mark.setAttribute(OWN_UI_ATTR, 'mark');
      mark.dataset.drugId = m.drugId;
      start.parentNode!.insertBefore(mark, start);
      mark.appendChild(start);
      this.marks.add(mark);
      current = after;
      offset = m.end;
    }
  }
}
