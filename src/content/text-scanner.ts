// Collects the text nodes a scan may read: never inside scripts, styles, form fields,
// editable regions (a note being typed is never touched) or the extension's own UI.

// Compared by localName: no new string per element (tagName.toUpperCase() made one for each of
// a page's 200,000 elements).
const SKIP_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'textarea',
  'input',
  'select',
  'option',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'canvas',
]);
export const OWN_UI_ATTR = 'data-rx-lens-ui';

export function isSkippedElement(el: Element): boolean {
  if (SKIP_TAGS.has(el.localName)) return true;
  if (el.hasAttribute(OWN_UI_ATTR)) return true;
  const editable = el.getAttribute('contenteditable');
  return editable !== null && editable !== 'false';
}

/** True when the node sits inside a skipped element (checked for queued mutation roots). */
export function insideSkipped(node: Node): boolean {
  for (
    let el: Element | null = node instanceof Element ? node : node.parentElement;
    el;
    el = el.parentElement
  ) {
    if (isSkippedElement(el)) return true;
  }
  return false;
}

const HAS_LETTER = /[A-Za-z]/;

/**
 * A resumable walk over the text nodes under `root` that a scan may read, in document order.
 * Resumable so that the scheduler can stop at its slice deadline and go on in the next slice:
 * a 5 MB page must not be walked in one task. Open shadow roots met on the way go to onShadow.
 * Returns the next text node, null at the end, or undefined after a step of elements only.
 */
export function textWalk(
  root: Node,
  onShadow: (shadow: ShadowRoot) => void,
): () => Text | null | undefined {
  if (root.nodeType === Node.TEXT_NODE) {
    let done = false;
    return () => {
      if (done) return null;
      done = true;
      return HAS_LETTER.test((root as Text).data) ? (root as Text) : null;
    };
  }
  const doc = root.ownerDocument ?? (root as Document);
  // No filter callback: the browser calling back into script for every element cost more than
  // the checks themselves (half the main-thread time on a page of 100,000 small elements).
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  return () => {
    // The page removed the node we stood on: its subtree is detached and the walk would end
    // there. Start over from the root; nodes already scanned with unchanged text are skipped.
    if (!walker.currentNode.isConnected) {
      if (!root.isConnected) return null;
      walker.currentNode = root;
    }
    // At most ELEMENT_STEP elements a call: a run of elements without text (a big empty grid)
    // is walked across calls, and so across slices; undefined says "no text yet".
    for (let elements = 0; elements < ELEMENT_STEP; elements++) {
      const node = walker.nextNode();
      if (!node) return null;
      // Text is returned as is; the scan reads its data once.
      if (node.nodeType === Node.TEXT_NODE) return node as Text;
      const el = node as Element;
      if (isSkippedElement(el)) {
        // Past its whole subtree: the next node in document order after its last descendant.
        let last: Node = el;
        while (last.lastChild) last = last.lastChild;
        walker.currentNode = last;
        continue;
      }
      if (el.shadowRoot) onShadow(el.shadowRoot);
    }
    return undefined;
  };
}

const ELEMENT_STEP = 512;

/** Every readable text node under `root`, in document order (the whole walk at once). */
export function collectTextNodes(root: Node, shadowRoots: ShadowRoot[]): Text[] {
  const out: Text[] = [];
  const next = textWalk(root, (s) => shadowRoots.push(s));
  for (let n = next(); n !== null; n = next()) if (n) out.push(n);
  return out;
}

const MED_HEADING =
  /\b(medications?|meds|medicines?|prescriptions?|rx|drugs?|allerg(?:y|ies)|mar|home meds)\b/i;
const contextCache = new WeakMap<Element, boolean>();
const CONTAINERS = new Set(['table', 'section', 'article', 'div', 'ul', 'ol', 'fieldset', 'dl']);

/**
 * Whether text sits under a medication heading: a table whose header or caption, or a
 * section whose heading or label, names medications. Ambiguous drug names count there.
 */
export function inMedicationContext(node: Node): boolean {
  let el: Element | null = node.parentElement;
  for (let depth = 0; el && depth < 8; depth++, el = el.parentElement) {
    if (marksMedication(el)) return true;
  }
  return false;
}

/**
 * Whether this element itself says "medications" (its label, its table header, its heading).
 * Cached per element: 1,000 rows added to one container must not query its children 1,000 times.
 */
function marksMedication(el: Element): boolean {
  const label = el.getAttribute('aria-label') ?? el.getAttribute('title') ?? '';
  if (label && MED_HEADING.test(label)) return true;
  // Only containers are worth a cache entry: 100,000 spans in a weak map cost the garbage
  // collector more than their cheap attribute check.
  if (!CONTAINERS.has(el.localName)) return false;
  const cached = contextCache.get(el);
  if (cached !== undefined) return cached;
  let result = false;
  if (el.localName === 'table') {
    const head = el.querySelector('caption, thead, th');
    result = Boolean(head && MED_HEADING.test(head.textContent ?? ''));
  } else {
    const heading = el.querySelector(
      ':scope > h1, :scope > h2, :scope > h3, :scope > h4, :scope > h5, :scope > h6, :scope > legend, :scope > header',
    );
    const prev = el.previousElementSibling;
    result = Boolean(
      (heading && MED_HEADING.test(heading.textContent ?? '')) ||
      (prev && /^H[1-6]$/.test(prev.tagName) && MED_HEADING.test(prev.textContent ?? '')),
    );
  }
  contextCache.set(el, result);
  return result;
}
