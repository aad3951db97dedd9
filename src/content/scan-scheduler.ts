// Runs detection in small time slices so that a page that re-renders constantly stays
// smooth: the MutationObserver only queues changed roots; slices of about 5 ms do the work (leaving
// room under 50 ms for a garbage collection that lands in one).
import type { DrugMatch, DrugMatcher } from '../core/drug-matcher';
import type { Highlighter } from './highlighter';
import {
  inMedicationContext,
  insideSkipped,
  shadowRootsUnder,
  SkipCheck,
  textWalk,
} from './text-scanner';

const SLICE_MS = 5;
/**
 * A slice also ends after this many characters of text, whatever the clock says: the work in
 * one slice is then bounded by design (plus at most one text node), not only by a deadline
 * that a slow or busy machine overruns. Tests assert this count, never a duration.
 */
export const SLICE_MAX_CHARS = 64 * 1024;
/**
 * A text node longer than this is matched a window at a time, across slices: one 2 MB text
 * node matched in one go took 120 ms. Windows overlap by CONTEXT characters on each side, so
 * every mention is matched with its context (dose, route, hyphenated line break) in view.
 */
export const NODE_WINDOW = 16 * 1024;
const CONTEXT = 256;
const HAS_LETTER = /[A-Za-z]/;
/** known text nodes checked per slice when dropping those that left the page */
const PRUNE_STEP = 4000;

/** A long text node part-way through its windows. */
interface Partial {
  node: Text;
  data: string;
  /** where the next window starts, and from where its matches are kept */
  from: number;
  keepFrom: number;
  medicationContext: boolean;
  matches: DrugMatch[];
}

export interface SchedulerStats {
  scannedNodes: number;
  slices: number;
  longestSliceMs: number;
  /** which slice was the longest (1 = the first) */
  longestSliceIndex: number;
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
  /** whether a text node of that walk sits in a script, a form field or an editable note */
  private skip = new SkipCheck();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly observers: MutationObserver[] = [];
  private readonly observed = new WeakSet<Node>();
  private stopped = false;
  /** characters matched in the slice that is running */
  private sliceChars = 0;
  /** a long text node being matched window by window */
  private partial: Partial | null = null;
  /** the data of each text node that held a match when last read: unchanged, it is not read again */
  // Kept on the node's wrapper in the content script's own world (the page cannot see it), not
  // in a WeakMap: 100,000 weak entries made the garbage collector's final pause take 20 ms.
  // The mark is the data string itself (no array per node); a restart takes a new key, so every
  // earlier mark is forgotten at once.
  private scannedKey = Symbol('rx-lens-scanned');
  /** the node being matched, whose medication context is read only if a match needs it */
  private contextNode: Text | null = null;
  private contextValue: boolean | undefined;
  private readonly lazyContext = {
    medicationContext: (): boolean =>
      (this.contextValue ??= this.contextNode ? inMedicationContext(this.contextNode) : false),
  };
  readonly stats: SchedulerStats = {
    scannedNodes: 0,
    slices: 0,
    longestSliceMs: 0,
    longestSliceIndex: 0,
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
    this.partial = null;
    for (const o of this.observers) o.disconnect();
    if (this.timer) clearTimeout(this.timer);
    this.roots.clear();
    this.walk = null;
    this.scannedKey = Symbol('rx-lens-scanned'); // a restart scans every node again
  }

  get idle(): boolean {
    return this.roots.size === 0 && this.walk === null && this.partial === null;
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

  /** The next slice (also with nothing queued: pruning goes on a step per slice). */
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
        if (this.partial) {
          this.continuePartial();
          continue;
        }
        if (this.walk === null) {
          const next = this.roots.values().next();
          if (next.done) break;
          this.roots.delete(next.value);
          this.walk = this.begin(next.value);
          continue;
        }
        // Walk and match a few nodes between clock reads: tiny nodes cost less than a clock
        // read, but a node deep in a 3,000-level tree can cost half a millisecond.
        for (let i = 0; i < 4 && this.sliceChars < SLICE_MAX_CHARS && !this.partial; i++) {
          const text = this.walk();
          if (text === null) {
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
      if (took > this.stats.longestSliceMs) {
        this.stats.longestSliceMs = took;
        this.stats.longestSliceIndex = this.stats.slices;
      }
      this.stats.maxSliceChars = Math.max(this.stats.maxSliceChars, this.sliceChars);
      if (!this.idle) this.schedule();
      // Mentions whose text left the page are dropped a bounded step at a time, then idle.
      else if (!this.highlighter.prune(PRUNE_STEP)) this.schedule();
      else this.onIdle?.();
    }
  }

  /** A walk over a root's text; the open shadow roots under it are queued as roots of their own. */
  private begin(root: Node): (() => Text | null) | null {
    if (!root.isConnected || (root.nodeType !== Node.DOCUMENT_FRAGMENT_NODE && insideSkipped(root)))
      return null;
    if (root.nodeType !== Node.TEXT_NODE) {
      let shadows: ShadowRoot[] = [];
      try {
        shadows = shadowRootsUnder(root);
      } catch {
        // An engine whose XPath refuses this root: its light text is still read.
      }
      for (const shadow of shadows) {
        adoptHighlightStyles(shadow);
        this.observe(shadow);
        this.roots.add(shadow);
      }
    }
    this.skip = new SkipCheck();
    return textWalk(root);
  }

  private scanText(node: Text): void {
    if (!node.isConnected) return;
    const data = node.data;
    if (!HAS_LETTER.test(data) || this.scannedText(node) === data) return;
    this.stats.scannedNodes++;
    if (data.length > NODE_WINDOW) {
      // A long node is asked first: a 2 MB script of JSON is not matched window by window.
      if (this.skip.inside(node)) return;
      const medicationContext = inMedicationContext(node);
      this.partial = { node, data, from: 0, keepFrom: 0, medicationContext, matches: [] };
      return;
    }
    this.sliceChars += data.length;
    this.stats.maxNodeChars = Math.max(this.stats.maxNodeChars, data.length);
    // The ancestors are read only when an ambiguous name needs them: most nodes have none.
    // One options object and one function for every node: no allocation per node.
    this.contextNode = node;
    this.contextValue = undefined;
    const found = this.matcher.find(data, this.lazyContext);
    // Only a node with a match is marked: a mark keeps the node's wrapper alive, and 100,000
    // live wrappers made each minor GC longer. Unmarked text is matched again if queued again.
    if (found.length > 0) this.markScanned(node, data);
    // Only a node with a match asks its ancestors whether it may be read (see textWalk).
    this.highlighter.setMentions(node, found.length > 0 && this.skip.inside(node) ? [] : found);
  }

  private scannedText(node: Text): string | undefined {
    return (node as unknown as Record<symbol, string | undefined>)[this.scannedKey];
  }

  private markScanned(node: Text, data: string): void {
    (node as unknown as Record<symbol, string>)[this.scannedKey] = data;
  }

  /** Matches the next window of a long text node; at its end, its mentions are set at once. */
  private continuePartial(): void {
    const p = this.partial!;
    if (!p.node.isConnected || p.node.data !== p.data) {
      // The page changed it meanwhile: start over on its new text.
      this.partial = null;
      this.enqueue(p.node);
      return;
    }
    let end = Math.min(p.data.length, p.from + NODE_WINDOW);
    if (end < p.data.length) end = wordEnd(p.data, end);
    const last = end >= p.data.length;
    // Keep matches that start in this window's middle: each has CONTEXT characters around it.
    const keepUntil = last ? Infinity : end - CONTEXT;
    for (const m of this.matcher.find(p.data.slice(p.from, end), {
      medicationContext: p.medicationContext,
    })) {
      const start = m.start + p.from;
      if (start < p.keepFrom || start >= keepUntil) continue;
      p.matches.push({ ...m, start, end: m.end + p.from });
    }
    this.sliceChars += end - p.from;
    this.stats.maxNodeChars = Math.max(this.stats.maxNodeChars, end - p.from);
    if (last) {
      this.partial = null;
      this.markScanned(p.node, p.data);
      this.highlighter.setMentions(p.node, p.matches);
      return;
    }
    p.keepFrom = keepUntil;
    p.from = wordStart(p.data, Math.max(p.from + 1, keepUntil - CONTEXT));
  }
}

/** The end of the word that i falls inside (at most 64 characters on: a page may have no spaces). */
function wordEnd(text: string, i: number): number {
  for (let j = i; j < Math.min(text.length, i + 64); j++) if (/\s/.test(text[j]!)) return j;
  return i;
}

/** The start of the word that i falls inside (at most 64 characters back). */
function wordStart(text: string, i: number): number {
  for (let j = i; j > Math.max(0, i - 64); j--) if (/\s/.test(text[j - 1]!)) return j;
  return i;
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
