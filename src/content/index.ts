// Content script entry: loads settings and the name list, highlights drug names, answers the
// popup, and shows the hover card. It never throws into the page: every entry point is guarded.
import browser from 'webextension-polyfill';
import { DrugMatcher } from '../core/drug-matcher';
import { lexiconFromFile } from '../core/lexicon-file';
import { MAX_PAGE_DRUGS, isValidRequest, type Request } from '../core/messages';
import { SETTINGS_KEY, highlightingOn, parseSettings } from '../core/settings';
import { Highlighter, rangeOf } from './highlighter';
import { mentionAt } from './hit-test';
import { HoverCard } from './hover-card';
import { OrphanedError, extensionAlive, send } from './messaging';
import { groupMentions } from './page-drugs';
import { ScanScheduler } from './scan-scheduler';

const FLAG = '__rxEvidenceLens';
const win = window as unknown as Record<string, unknown>;

interface Running {
  scheduler: ScanScheduler;
  highlighter: Highlighter;
  names: Map<string, string>;
}

let running: Running | null = null;
let card: HoverCard | null = null;
const listeners: [EventTarget, string, EventListener, boolean][] = [];

function listen(target: EventTarget, type: string, fn: (e: Event) => void, capture = true): void {
  const guarded: EventListener = (e) => {
    try {
      fn(e);
    } catch (error) {
      report(error);
    }
  };
  target.addEventListener(type, guarded, capture);
  listeners.push([target, type, guarded, capture]);
}

function report(error: unknown): void {
  if (error instanceof OrphanedError || !extensionAlive()) detach();
  else console.debug('[Rx Evidence Lens]', error);
}

async function startHighlighting(): Promise<void> {
  if (running) return;
  const reply = await send('getLexicon', {});
  if (!reply.ok) {
    console.info(`[Rx Evidence Lens] highlighting is off: ${reply.error}`);
    return;
  }
  const lexicon = lexiconFromFile(reply.lexicon);
  const highlighter = new Highlighter(document);
  const scheduler = new ScanScheduler(new DrugMatcher(lexicon), highlighter);
  running = { scheduler, highlighter, names: new Map(lexicon.drugs.map((d) => [d.id, d.name])) };
  scheduler.onIdle = () => {
    document.documentElement.setAttribute('data-rx-lens-scanned', String(highlighter.size));
    // For npm run bench and the tests: the page's performance timeline, not its DOM.
    performance.mark('rx-lens-idle', {
      detail: { ...scheduler.stats, highlights: highlighter.size },
    });
  };
  scheduler.start(document);
}

function stopHighlighting(): void {
  if (!running) return;
  running.scheduler.stop();
  running.highlighter.clear();
  running = null;
  card?.hide();
  document.documentElement.removeAttribute('data-rx-lens-scanned');
}

/** The extension was reloaded or removed: drop everything without a sound. */
function detach(): void {
  try {
    stopHighlighting();
  } catch {
    // the page must never see our errors
  }
  for (const [t, type, fn, capture] of listeners) t.removeEventListener(type, fn, capture);
  listeners.length = 0;
  if (aliveTimer) clearInterval(aliveTimer);
  delete win[FLAG];
}

/**
 * The extension reloaded or removed under an open page leaves this script orphaned, with its
 * highlights still painted. Nothing tells it, so it looks: a property read every 2 s.
 */
let aliveTimer: ReturnType<typeof setInterval> | null = null;
function watchForOrphaning(): void {
  aliveTimer = setInterval(() => {
    if (!extensionAlive()) detach();
  }, 2000);
}

async function showCardFor(x: number, y: number, focus: boolean): Promise<boolean> {
  if (!running || !card) return false;
  const mention = mentionAt(document, running.highlighter, x, y);
  if (!mention) return false;
  if (card.isOpen && card.drugId === mention.match.drugId) return true;
  const rect = rangeOf(mention).getBoundingClientRect();
  const reply = await send('getCard', { drugId: mention.match.drugId });
  card.show(
    reply.ok ? reply.card : { error: reply.error, drugId: mention.match.drugId },
    rect,
    focus,
  );
  return true;
}

let hoverTimer: ReturnType<typeof setTimeout> | null = null;
let focusIndex = -1;

function installInteractions(): void {
  card = new HoverCard(document, (drugId) => void send('openEvidence', { drugId }).catch(report));
  listen(
    document,
    'mousemove',
    (e) => {
      const { clientX, clientY } = e as MouseEvent;
      if (hoverTimer) clearTimeout(hoverTimer);
      hoverTimer = setTimeout(() => void showCardFor(clientX, clientY, false).catch(report), 350);
    },
    false,
  );
  listen(
    document,
    'click',
    (e) => {
      const me = e as MouseEvent;
      if (card?.contains(me.target)) return;
      void showCardFor(me.clientX, me.clientY, false)
        .then((shown) => {
          if (!shown) card?.hide();
        })
        .catch(report);
    },
    false,
  );
  // Alt+Shift+N: next drug mention, with its card focused (keyboard access to highlights).
  listen(document, 'keydown', (e) => {
    const ke = e as KeyboardEvent;
    if (!(ke.altKey && ke.shiftKey && ke.code === 'KeyN') || !running) return;
    const all = running.highlighter.all();
    if (all.length === 0) return;
    focusIndex = (focusIndex + 1) % all.length;
    const m = all[focusIndex]!;
    m.node.parentElement?.scrollIntoView({ block: 'center' });
    const range = rangeOf(m);
    running.highlighter.flash(range);
    const rect = range.getBoundingClientRect();
    void send('getCard', { drugId: m.match.drugId })
      .then((reply) =>
        card?.show(
          reply.ok ? reply.card : { error: reply.error, drugId: m.match.drugId },
          rect,
          true,
        ),
      )
      .catch(report);
  });
}

function onPopupRequest(message: unknown, sender: { id?: string }): Promise<unknown> | undefined {
  if (sender.id !== browser.runtime.id || !isValidRequest(message)) return undefined;
  const req = message as Request;
  if (req.type === 'listPageDrugs') {
    const drugs = running
      ? groupMentions(running.highlighter.all(), (id) => running!.names.get(id) ?? id)
      : [];
    // A tab message gets one reply, the top frame's; child frames report to the popup apart.
    if (window !== window.top) {
      if (drugs.length)
        void send('frameDrugs', { drugs: drugs.slice(0, MAX_PAGE_DRUGS) }).catch(
          () => undefined, // no popup listening any more
        );
      return undefined;
    }
    return Promise.resolve({
      ok: true,
      drugs,
      highlighting: running !== null,
      host: location.hostname,
    });
  }
  if (req.type === 'revealDrug' && running) {
    const first = running.highlighter
      .all()
      .find((m) => m.match.drugId === (req.payload as { drugId: string }).drugId);
    if (!first) return window === window.top ? Promise.resolve({ ok: false }) : undefined;
    first.node.parentElement?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    running.highlighter.flash(rangeOf(first));
    return Promise.resolve({ ok: true });
  }
  return undefined;
}

async function main(): Promise<void> {
  if (win[FLAG]) return; // injected twice into the same page: the first instance serves
  win[FLAG] = true;
  const { settings } = parseSettings((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  browser.runtime.onMessage.addListener(onPopupRequest);
  installInteractions();
  watchForOrphaning();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    const next = parseSettings(changes[SETTINGS_KEY]!.newValue).settings;
    if (highlightingOn(next, location.hostname)) void startHighlighting().catch(report);
    else stopHighlighting();
  });
  if (highlightingOn(settings, location.hostname)) await startHighlighting();
}

main().catch(report);
