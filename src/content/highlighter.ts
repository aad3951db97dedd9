// Keeps the set of highlighted mentions. With the CSS Custom Highlight API the page's DOM is
// never changed: ranges are painted by the browser. Without it, mentions are wrapped in
// <mark> elements that `clear()` removes completely (unwrap and normalize).
//
// Only mentions near the viewport are painted. Chromium revalidates every range of every
// highlight whenever one changes, so 27,000 painted ranges on a 5 MB chart made each
// rendering update take 50-150 ms. An IntersectionObserver on the mentions' parent elements
// keeps the painted set to what is within two screens of view; every mention stays known
// (page drug list, hit-testing, keyboard navigation).
import type { DrugMatch } from '../core/drug-matcher';
import { OWN_UI_ATTR } from './text-scanner';

export const HIGHLIGHT_NAME = 'rx-lens-drug';
export const FLASH_NAME = 'rx-lens-flash';
/** intersection changes applied per task */
const INTERSECTION_BATCH = 2000;
/** ranges one text node adds to the highlight per task */
const RANGE_BATCH = 2000;

export interface Mention {
  node: Text;
  match: DrugMatch;
}

/**
 * A fresh range over a mention, for measuring or flashing it. Ranges are made on demand and
 * kept only while painted: the document updates every live range on every mutation, so
 * 200,000 of them (a 10 MB chart) slowed the page's own DOM work and its garbage collection.
 */
export function rangeOf(m: Mention): Range {
  const range = m.node.ownerDocument.createRange();
  range.setStart(m.node, m.match.start);
  range.setEnd(m.node, m.match.end);
  return range;
}

const hasHighlightApi = () =>
  typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight !== 'undefined';

export class Highlighter {
  /** each text node's matches; Mention objects are made only when asked for (fewer objects to collect) */
  private readonly byNode = new Map<Text, DrugMatch[]>();
  /** ranges of the painted text nodes' mentions */
  private readonly paintedRanges = new Map<Text, Range[]>();
  private readonly highlight: Highlight | null;
  private readonly marks = new Set<HTMLElement>();
  /** text nodes with mentions, by the element observed for them */
  private readonly byElement = new Map<Element, Text | Set<Text>>();
  private readonly elementOf = new Map<Text, Element>();
  /** observed elements now near the viewport: their mentions are painted */
  private readonly near = new Set<Element>();
  private readonly observer: IntersectionObserver | null;
  readonly usesHighlightApi: boolean;
  /** mentions known, kept as a count: summing 100,000 nodes' lists at every idle is page-sized work */
  private count = 0;
  /** where prune() stands in the known nodes: it runs a bounded step at a time */
  private pruneAt: Iterator<Text> | null = null;
  /** intersection changes not yet applied: a 10 MB page reports 100,000 at once */
  private pendingEntries: IntersectionObserverEntry[] = [];
  private pendingAt = 0;
  private draining: ReturnType<typeof setTimeout> | null = null;

  constructor(private readonly doc: Document) {
    this.usesHighlightApi = hasHighlightApi();
    this.highlight = this.usesHighlightApi ? new Highlight() : null;
    if (this.highlight) CSS.highlights.set(HIGHLIGHT_NAME, this.highlight);
    const view = doc.defaultView as (Window & typeof globalThis) | null;
    this.observer =
      this.highlight && view && typeof view.IntersectionObserver === 'function'
        ? new view.IntersectionObserver((entries) => this.onIntersect(entries), {
            rootMargin: '200% 0px 200% 0px',
          })
        : null;
  }

  private onIntersect(entries: IntersectionObserverEntry[]): void {
    for (const entry of entries) this.pendingEntries.push(entry);
    if (this.draining === null) this.drain();
  }

  /** Applies intersection changes a bounded batch per task, so painting never makes a long task. */
  private drain(): void {
    this.draining = null;
    const batch = this.pendingEntries.slice(this.pendingAt, this.pendingAt + INTERSECTION_BATCH);
    this.pendingAt += batch.length;
    if (this.pendingAt < this.pendingEntries.length)
      this.draining = setTimeout(() => this.drain(), 0);
    else {
      this.pendingEntries = [];
      this.pendingAt = 0;
    }
    for (const entry of batch) {
      const el = entry.target;
      const held = this.byElement.get(el);
      if (!held) continue;
      if (entry.isIntersecting === this.near.has(el)) continue;
      if (entry.isIntersecting) this.near.add(el);
      else this.near.delete(el);
      for (const node of held instanceof Set ? held : [held]) {
        if (entry.isIntersecting) this.paint(node);
        else this.unpaint(node);
      }
    }
  }

  /** Whether a node's mentions are painted now (always, without an IntersectionObserver). */
  private painted(node: Text): boolean {
    const el = node.parentElement;
    return !this.observer || (el !== null && this.near.has(el));
  }

  private paint(node: Text): void {
    if (!this.byNode.has(node) || this.paintedRanges.has(node)) return;
    const ranges: Range[] = [];
    this.paintedRanges.set(node, ranges);
    this.paintFrom(node, ranges, 0);
  }

  /**
   * Adds a node's ranges RANGE_BATCH at a time, one batch per task: one text node can hold
   * 60,000 mentions (a 2 MB log line), and making all their ranges at once was a 65-107 ms task.
   * A batch stops if the node was unpainted or repainted meanwhile (its list is no longer ours).
   */
  private paintFrom(node: Text, ranges: Range[], from: number): void {
    const matches = this.byNode.get(node);
    if (!matches || this.paintedRanges.get(node) !== ranges) return;
    const end = Math.min(matches.length, from + RANGE_BATCH);
    for (let i = from; i < end; i++) {
      const range = rangeOf({ node, match: matches[i]! });
      this.highlight!.add(range);
      ranges.push(range);
    }
    if (end < matches.length) setTimeout(() => this.paintFrom(node, ranges, end), 0);
  }

  private unpaint(node: Text): void {
    const ranges = this.paintedRanges.get(node);
    if (!ranges) return;
    for (const r of ranges) this.highlight!.delete(r);
    this.paintedRanges.delete(node);
  }

  /** Replaces the mentions of one text node. */
  setMentions(node: Text, matches: DrugMatch[]): void {
    this.removeNode(node);
    if (matches.length === 0) return;
    if (!this.highlight) {
      this.wrap(node, matches);
      return;
    }
    this.byNode.set(node, matches);
    this.count += matches.length;
    if (this.painted(node)) this.paint(node);
    const el = node.parentElement;
    if (this.observer && el) {
      // Most elements hold one text node: a Set only for those that hold more.
      const held = this.byElement.get(el);
      if (!held) {
        this.byElement.set(el, node);
        this.observer.observe(el); // its first callback says whether it is near the viewport
      } else if (held instanceof Set) held.add(node);
      else if (held !== node) this.byElement.set(el, new Set([held, node]));
      this.elementOf.set(node, el);
    }
  }

  removeNode(node: Text): void {
    const known = this.byNode.get(node);
    if (!known) return;
    if (this.highlight) this.unpaint(node);
    this.count -= known.length;
    this.byNode.delete(node);
    const el = this.elementOf.get(node);
    if (!el) return;
    this.elementOf.delete(node);
    const held = this.byElement.get(el);
    if (held instanceof Set) {
      held.delete(node);
      if (held.size === 0) this.forget(el);
    } else if (held === node) this.forget(el);
  }

  private forget(el: Element): void {
    this.byElement.delete(el);
    this.near.delete(el);
    this.observer?.unobserve(el);
  }

  /**
   * Drops mentions whose text left the document, at most `budget` nodes a call; true when done.
   * A new pass starts when the last one ended.
   */
  prune(budget = Infinity): boolean {
    // A Map's iterator goes on correctly while entries are deleted.
    this.pruneAt ??= this.byNode.keys();
    for (let n = 0; n < budget; n++) {
      const next = this.pruneAt.next();
      if (next.done) {
        this.pruneAt = null;
        return true;
      }
      if (!next.value.isConnected) this.removeNode(next.value);
    }
    return false;
  }

  mentionsOf(node: Text): Mention[] {
    return (this.byNode.get(node) ?? []).map((match) => ({ node, match }));
  }

  /** Every mention, in document order. */
  all(): Mention[] {
    const list: Mention[] = [];
    for (const [node, matches] of this.byNode)
      if (node.isConnected) for (const match of matches) list.push({ node, match });
    return list.sort((a, b) => {
      if (a.node === b.node) return a.match.start - b.match.start;
      return a.node.compareDocumentPosition(b.node) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1;
    });
  }

  get size(): number {
    return this.count + this.marks.size;
  }

  /** Removes every trace: highlights, flash, wrappers. */
  clear(): void {
    this.highlight?.clear();
    this.paintedRanges.clear();
    if (hasHighlightApi()) {
      CSS.highlights.delete(HIGHLIGHT_NAME);
      CSS.highlights.delete(FLASH_NAME);
    }
    this.byNode.clear();
    this.count = 0;
    this.pendingEntries = [];
    this.pendingAt = 0;
    if (this.draining) clearTimeout(this.draining);
    this.draining = null;
    this.pruneAt = null;
    this.observer?.disconnect();
    this.byElement.clear();
    this.elementOf.clear();
    this.near.clear();
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
