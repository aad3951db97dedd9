// The popup (and the evidence window): search, "On this page", and the evidence view.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SearchResult } from '../core/drug-search';
import type { EvidenceIndex, LookupResult } from '../core/evidence-index';
import type { Reader } from '../core/evidence-types';
import type { InteractionReport } from '../core/interactions';
import { mergePageDrugs, type FramedDrug } from '../core/page-drugs';
import type { PageDrug } from '../core/messages';
import type { Settings } from '../core/settings';
import { openExtensionIndex } from '../platform/extension-index';
import { loadSettings, updateSettings } from '../platform/settings-store';
import { askTab, onFrameDrugs, targetTabId } from './active-tab';
import {
  PANEL,
  canOpenPanel,
  consumeLookup,
  onLookup,
  onTabChange,
  openPanelFromPopup,
} from './panel';
import { EvidenceView } from './evidence-view';
import { InteractionsPanel } from './interactions-panel';
import { PageDrugsPanel } from './page-drugs-panel';
import { SearchBox } from './search-box';

const params = new URLSearchParams(location.search);
/** 40 drugs make 780 pairs: more than a chart lists, and still instant. */
const MAX_INTERACTION_DRUGS = 40;

export function App() {
  const index = useMemo<EvidenceIndex>(() => openExtensionIndex(), []);
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<SearchResult[]>([]);
  const [result, setResult] = useState<LookupResult | null>(null);
  const [reader, setReader] = useState<Reader>('clinician');
  const [fatal, setFatal] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [pageDrugs, setPageDrugs] = useState<FramedDrug[]>([]);
  const [interactions, setInteractions] = useState<{
    report: InteractionReport | null;
    error: string | null;
  }>({ report: null, error: null });
  const [site, setSite] = useState<{ id: number; host: string; on: boolean } | null>(null);
  const lastLookup = useRef<{ drugId?: string; query?: string }>({});
  const searchSeq = useRef(0);

  const fail = (error: unknown) =>
    setFatal((error as Error).message || 'The evidence index could not be loaded.');

  const show = async (target: { drugId?: string; query?: string }, r: Reader = reader) => {
    lastLookup.current = target;
    try {
      const res = target.drugId
        ? await index.summaryFor(target.drugId, { reader: r })
        : await index.lookup(target.query ?? '', r);
      setResult(res);
      setResults([]);
      document.documentElement.dataset.view = res.ok ? 'evidence' : 'not-found';
      window.scrollTo(0, 0);
    } catch (error) {
      fail(error);
    }
  };

  useEffect(() => {
    void (async () => {
      const { settings, notice: n } = await loadSettings();
      setReader(settings.reader);
      setNotice(n);
      try {
        await index.getLexicon(); // validates the index before anything is shown
      } catch (error) {
        fail(error);
        return;
      }
      const pending = PANEL ? await consumeLookup() : null;
      const q = params.get('q') ?? pending?.query;
      const drug = params.get('drug') ?? pending?.drugId;
      if (drug || q) {
        if (q) setQuery(q);
        await show(drug ? { drugId: drug } : { query: q! }, settings.reader);
      }
      if (PANEL || (!drug && !q && !params.has('window'))) await loadPage(settings);
      if (PANEL) {
        // The side panel stays open: it follows the active tab and takes new lookups.
        onTabChange(() => void loadSettings().then(({ settings: s }) => loadPage(s)));
        onLookup((target) => {
          if (target.query) setQuery(target.query);
          void show(target);
        });
      }
      document.documentElement.dataset.ready = 'true';
      performance.mark('rx-lens-popup-ready'); // time to interactive, for npm run bench
      // Warm the search index after first paint, so the first keystroke is answered at once.
      void index.getSearch().catch(fail);
    })();
  }, []);

  const stopFrames = useRef<() => void>(() => undefined);

  /** "On this page" for the target tab: the top frame's list, then its frames' as they report. */
  const loadPage = async (settings: Settings) => {
    stopFrames.current();
    const tabId = await targetTabId(params);
    let top: PageDrug[] = [];
    const frames = new Map<number, PageDrug[]>();
    const recompute = () => {
      let list = mergePageDrugs([], 0, top);
      // Frame ids grow in the order frames were created: near enough to page order, and stable.
      for (const [frameId, drugs] of [...frames].sort((a, b) => a[0] - b[0]))
        list = mergePageDrugs(list, frameId, drugs);
      setPageDrugs(list);
      void checkInteractions(list);
    };
    if (tabId !== null)
      stopFrames.current = onFrameDrugs(tabId, (frameId, drugs) => {
        frames.set(frameId, drugs);
        recompute();
      });
    const reply = tabId === null ? null : await askTab(tabId, 'listPageDrugs', {});
    if (tabId === null || !reply?.ok) {
      stopFrames.current();
      setSite(null);
      frames.clear();
      recompute();
      return;
    }
    setSite({
      id: tabId,
      host: reply.host,
      on: settings.enabled && !settings.disabledSites.includes(reply.host),
    });
    top = reply.drugs;
    recompute();
  };

  const interactionSeq = useRef(0);
  const checkInteractions = async (drugs: FramedDrug[]) => {
    const seq = ++interactionSeq.current;
    if (drugs.length < 2) {
      setInteractions({ report: null, error: null });
      return;
    }
    try {
      const ids = drugs.slice(0, MAX_INTERACTION_DRUGS).map((d) => d.drugId);
      const report = await index.interactions(ids);
      if (seq === interactionSeq.current) setInteractions({ report, error: null });
    } catch (error) {
      if (seq !== interactionSeq.current) return;
      setInteractions({
        report: null,
        error: `Interactions could not be checked: ${(error as Error).message}`,
      });
    }
  };

  const onQuery = (q: string) => {
    setQuery(q);
    const seq = ++searchSeq.current;
    if (!q.trim()) {
      setResults([]);
      return;
    }
    void index
      .search(q, 8)
      .then((r) => {
        if (seq === searchSeq.current) setResults(r);
      })
      .catch(fail);
  };

  const onChoose = (r: SearchResult | null) => {
    if (r && !/\s(for|in|with)\s/i.test(query)) void show({ drugId: r.drugId });
    else if (query.trim()) void show({ query });
  };

  const onReader = (r: Reader) => {
    setReader(r);
    void updateSettings({ reader: r });
    void show(lastLookup.current, r);
  };

  /** The popup closes when focus leaves it: the side panel keeps the view beside the chart. */
  const moveToPanel = async () => {
    if (await openPanelFromPopup(lastLookup.current)) window.close();
  };

  const toggleSite = async () => {
    if (!site) return;
    const { settings } = await loadSettings();
    const disabled = new Set(settings.disabledSites);
    if (site.on) disabled.add(site.host);
    else disabled.delete(site.host);
    await updateSettings({
      disabledSites: [...disabled].sort(),
      enabled: site.on ? settings.enabled : true,
    });
    setSite({ ...site, on: !site.on });
  };

  if (fatal) {
    return (
      <main class="fatal" role="alert">
        <h1>Rx Evidence Lens cannot show evidence</h1>
        <p>{fatal}</p>
        <p>
          Drug highlighting is off until the index loads. Reinstalling the extension restores the
          bundled index.
        </p>
      </main>
    );
  }

  return (
    <main>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <SearchBox
        query={query}
        results={results}
        onQuery={onQuery}
        onChoose={onChoose}
        onEscape={() => window.close()}
      />
      {!PANEL && canOpenPanel() && (
        <button type="button" class="link panel-open" onClick={() => void moveToPanel()}>
          Open in side panel
        </button>
      )}
      {site && (
        <label class="site-toggle">
          <input type="checkbox" checked={site.on} onChange={() => void toggleSite()} /> Highlight
          drugs on {site.host}
        </label>
      )}
      {!result && (
        <PageDrugsPanel
          drugs={pageDrugs}
          onOpen={(drugId) => {
            const frameId = pageDrugs.find((d) => d.drugId === drugId)?.frameId ?? 0;
            if (site) void askTab(site.id, 'revealDrug', { drugId }, frameId);
            void show({ drugId });
          }}
        />
      )}
      {!result && (
        <InteractionsPanel
          report={interactions.report}
          error={interactions.error}
          names={new Map(pageDrugs.map((d) => [d.drugId, d.name]))}
        />
      )}
      {result && !result.ok && (
        <section class="not-found" role="status">
          <p>{result.error}</p>
          {result.suggestions.length > 0 && (
            <p>
              {result.classOf ? 'Members in the data:' : 'Nearest names:'}{' '}
              {result.suggestions.map((s) => (
                <button
                  key={s.drugId}
                  type="button"
                  class="link"
                  onClick={() => void show({ drugId: s.drugId })}
                >
                  {s.name}
                </button>
              ))}
            </p>
          )}
        </section>
      )}
      {result?.ok && (
        <EvidenceView
          summary={result.summary}
          onReader={onReader}
          onFollow={(q) => {
            setQuery(q);
            void show({ query: q });
          }}
        />
      )}
    </main>
  );
}
