// Runs detection in small time slices so that a page that re-renders constantly stays
// smooth: the MutationObserver only queues changed roots; slices of about 6 ms do the work (leaving
// room under 50 ms for a garbage collection that lands in one).
import type { DrugMatcher } from '../core/drug-matcher';
import type { Highlighter } from './highlighter';
import { inMedicationContext, insideSkipped, textWalk } from './text-scanner';

const SLICE_MS = 6;
/**
 * A slice also ends after this many characters of text, whatever the clock says: the work in
 * one slice is then bounded by design (plus at most one text node), not only by a deadline
 * that a slow or busy machine overruns. Tests assert this count, never a duration.
 */
export const SLICE_MAX_CHARS = 64 * 1024;

export interface SchedulerStats {
  scannedNodes: number;
  slices: number;
  longestSliceMs: number;
  /** the most characters of text matched in one slice */
  maxSliceChars: number;
  /** the longest single text node matched (a unit that a slice does not split) */
  maxNodeChars: number;
  /** main-thread time spent in slices, all told */
  busyMs: number;
  /** performance.now() when the first highlight was painted, or 0 */
  firstHighlightAt: number;
}

export class ScanScheduler {
  private readonly roots = new Set<Node>();
  /** the walk in progress over one root, resumed slice after slice */
  private walk: (() => Text | null) | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly observers: MutationObserver[] = [];
  private readonly observed = new WeakSet<Node>();
  private stopped = false;
  /** characters matched in the slice that is running */
  private sliceChars = 0;
  /** each text node's data when it was last matched: unchanged text is not matched again */
  private scanned = new WeakMap<Text, string>();
  readonly stats: SchedulerStats = {
    scannedNodes: 0,
    slices: 0,
    longestSliceMs: 0,
    maxSliceChars: 0,
    maxNodeChars: 0,
    busyMs: 0,
    firstHighlightAt: 0,
  };
  onIdle: (() => void) | null = null;

  constructor(
    private readonly matcher: DrugMatcher,
    private readonly highlighter: Highlighter,
  ) {}

  start(root: Document | ShadowRoot): void {
    this.observe(root);
    this.enqueue(root instanceof Document ? (root.body ?? root.documentElement) : root);
  }

  stop(): void {
    this.stopped = true;
    for (const o of this.observers) o.disconnect();
    if (this.timer) clearTimeout(this.timer);
    this.roots.clear();
    this.walk = null;
    this.scanned = new WeakMap();
  }

  get idle(): boolean {
    return this.roots.size === 0 && this.walk === null;
  }

  private observe(root: Document | ShadowRoot): void {
    if (this.observed.has(root)) return;
    this.observed.add(root);
    const observer = new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'characterData') this.enqueue(r.target);
        else r.addedNodes.forEach((n) => this.enqueue(n));
      }
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    this.observers.push(observer);
  }

  enqueue(node: Node | null): void {
    if (!node || this.stopped) return;
    if (
      node.nodeType !== Node.ELEMENT_NODE &&
      node.nodeType !== Node.TEXT_NODE &&
      node.nodeType !== Node.DOCUMENT_FRAGMENT_NODE
    )
      return;
    this.roots.add(node);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null || this.stopped) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.runSlice();
    }, 0);
  }

  private runSlice(): void {
    const started = performance.now();
    const deadline = started + SLICE_MS;
    this.sliceChars = 0;
    try {
      while (this.sliceChars < SLICE_MAX_CHARS && performance.now() < deadline) {
        if (this.walk === null) {
          const next = this.roots.values().next();
          if (next.done) break;
          this.roots.delete(next.value);
          this.walk = this.begin(next.value);
          continue;
        }
        // Walk and match a batch between clock reads: reading the clock per node costs more
        // than matching it.
        for (let i = 0; i < 32 && this.sliceChars < SLICE_MAX_CHARS; i++) {
          const text = this.walk();
          if (!text) {
            this.walk = null;
            break;
          }
          this.scanText(text);
        }
      }
    } finally {
      const ended = performance.now();
      const took = ended - started;
      this.stats.slices++;
      this.stats.busyMs += took;
      if (!this.stats.firstHighlightAt && this.highlighter.size > 0)
        this.stats.firstHighlightAt = ended;
      this.stats.longestSliceMs = Math.max(this.stats.longestSliceMs, took);
      this.stats.maxSliceChars = Math.max(this.stats.maxSliceChars, this.sliceChars);
      if (!this.idle) this.schedule();
      else {
        this.highlighter.prune();
        this.onIdle?.();
      }
    }
  }

  /** A walk over a root's readable text; open shadow roots found on the way are queued. */
  private begin(root: Node): (() => Text | null) | null {
    if (!root.isConnected || (root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE && insideSkipped(root)))
      return null;
    return textWalk(root, (shadow) => {
      adoptHighlightStyles(shadow);
      this.observe(shadow);
      this.roots.add(shadow);
    });
  }

  private scanText(node: Text): void {
    if (!node.isConnected || this.scanned.get(node) === node.data) return;
    this.scanned.set(node, node.data);
    this.stats.scannedNodes++;
    this.sliceChars += node.data.length;
    this.stats.maxNodeChars = Math.max(this.stats.maxNodeChars, node.data.length);
    const matches = this.matcher.find(node.data, { medicationContext: inMedicationContext(node) });
    this.highlighter.setMentions(node, matches);
  }
}

const SHADOW_CSS =
  '::highlight(rx-lens-drug){background-color:rgba(255,214,90,.45);text-decoration:underline dotted rgba(150,100,0,.9)}::highlight(rx-lens-flash){background-color:rgba(255,150,0,.85)}';
let shadowSheet: CSSStyleSheet | null = null;

/** ::highlight() rules must be in the shadow tree's own styles to paint there. */
function adoptHighlightStyles(shadow: ShadowRoot): void {
  try {
    shadowSheet ??= new CSSStyleSheet();
    if (shadowSheet.cssRules.length === 0) shadowSheet.replaceSync(SHADOW_CSS);
    if (!shadow.adoptedStyleSheets.includes(shadowSheet))
      shadow.adoptedStyleSheets = [...shadow.adoptedStyleSheets, shadowSheet];
  } catch {
    // Constructable stylesheets unavailable: highlights in this shadow root stay unpainted.
  }
}
