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
 * A resumable walk over the text nodes under `root`, in document order. Resumable so that the
 * scheduler can stop at its slice deadline and go on in the next slice: a 5 MB page must not be
 * walked in one task. Returns the next text node, or null at the end.
 *
 * It visits text nodes only. In a content script's isolated world every node handed to script
 * gets a wrapper that Blink keeps in a per-world hash map; the map rehashes as it doubles
 * (measured: 4, 8 and 16 ms single steps at 32k, 65k and 131k wrappers) and each minor GC visits
 * the new wrappers. Visiting elements as well doubled both. So skipped elements (scripts, form
 * fields, editable notes) are not pruned here: `SkipCheck` asks a text node's ancestors, and only
 * for nodes that hold a match. Open shadow roots are found by `shadowRootsUnder` beforehand.
 */
export function textWalk(root: Node): () => Text | null {
  if (root.nodeType === Node.TEXT_NODE) {
    let done = false;
    return () => {
      if (done) return null;
      done = true;
      return HAS_LETTER.test((root as Text).data) ? (root as Text) : null;
    };
  }
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  return () => {
    // The page removed the node we stood on: its subtree is detached and the walk would end
    // there. Start over from the root; nodes already matched, with unchanged text, are skipped.
    if (!walker.currentNode.isConnected) {
      if (!root.isConnected) return null;
      walker.currentNode = root;
    }
    return walker.nextNode() as Text | null;
  };
}

/**
 * Whether text sits inside a skipped element, remembering the ancestors found clean: text nodes
 * in document order share them, so a node 3,000 levels deep costs a step or two, not 3,000.
 * One instance per walk (an element may become editable later; a new walk asks again).
 */
export class SkipCheck {
  private readonly clean = new Set<Element>();

  inside(node: Node): boolean {
    const climbed: Element[] = [];
    for (let el = node.parentElement; el && !this.clean.has(el); el = el.parentElement) {
      if (isSkippedElement(el)) return true;
      climbed.push(el);
    }
    // Bounded: a walk over a huge page keeps at most this many elements alive.
    if (this.clean.size + climbed.length > CLEAN_CAP) this.clean.clear();
    for (const el of climbed) this.clean.add(el);
    return false;
  }
}

const CLEAN_CAP = 10_000;

/**
 * The open shadow roots of custom elements under `root`. Web components (the widgets EHRs
 * render in shadow roots) are custom elements, whose names hold a hyphen; one XPath query finds
 * them in the browser's own code (5 ms for 100,000 elements on our 2-core machine) without a
 * wrapper per element. A shadow root attached to a plain div or span is not found.
 */
export function shadowRootsUnder(root: Node): ShadowRoot[] {
  const doc = root.ownerDocument ?? (root as Document);
  const out: ShadowRoot[] = [];
  if (typeof doc.evaluate === 'function') {
    // XPath takes no document fragment as its context node: a shadow root is asked child by child.
    const fragment = root.nodeType === Node.DOCUMENT_FRAGMENT_NODE;
    const contexts = fragment ? [...(root as ShadowRoot).children] : [root];
    const query = `${fragment ? 'descendant-or-self' : 'descendant'}::*[contains(local-name(), '-')]`;
    for (const context of contexts) {
      const hosts = doc.evaluate(
        query,
        context,
        null,
        XPathResult.ORDERED_NODE_SNAPSHOT_TYPE,
        null,
      );
      for (let i = 0; i < hosts.snapshotLength; i++) {
        const shadow = (hosts.snapshotItem(i) as Element).shadowRoot;
        if (shadow) out.push(shadow);
      }
    }
    return out;
  }
  // DOM implementations without XPath (the unit tests' happy-dom).
  if (!('querySelectorAll' in root)) return out;
  for (const el of (root as ParentNode).querySelectorAll('*')) {
    if (el.localName.includes('-') && el.shadowRoot) out.push(el.shadowRoot);
  }
  return out;
}

/** Every readable text node under `root`, in document order (the whole walk at once). */
export function collectTextNodes(root: Node, shadowRoots: ShadowRoot[]): Text[] {
  shadowRoots.push(...shadowRootsUnder(root));
  const skip = new SkipCheck();
  const out: Text[] = [];
  const next = textWalk(root);
  for (let n = next(); n !== null; n = next()) {
    if (HAS_LETTER.test(n.data) && !skip.inside(n)) out.push(n);
  }
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
