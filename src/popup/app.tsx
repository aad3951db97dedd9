// The popup (and the evidence window): search, "On this page", and the evidence view.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { SearchResult } from '../core/drug-search';
import type { EvidenceIndex, LookupResult } from '../core/evidence-index';
import type { Reader } from '../core/evidence-types';
import type { InteractionReport } from '../core/interactions';
import type { PageDrug } from '../core/messages';
import { openExtensionIndex } from '../platform/extension-index';
import { loadSettings, updateSettings } from '../platform/settings-store';
import { askTab, targetTabId } from './active-tab';
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
  const [pageDrugs, setPageDrugs] = useState<PageDrug[]>([]);
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
      const q = params.get('q');
      const drug = params.get('drug');
      if (drug || q) {
        if (q) setQuery(q);
        await show(drug ? { drugId: drug } : { query: q! }, settings.reader);
      } else if (!params.has('window')) {
        const tabId = await targetTabId(params);
        const reply = tabId === null ? null : await askTab(tabId, 'listPageDrugs', {});
        if (tabId !== null && reply?.ok) {
          const host = reply.host;
          setSite({
            id: tabId,
            host,
            on: settings.enabled && !settings.disabledSites.includes(host),
          });
          setPageDrugs(reply.drugs);
          void checkInteractions(reply.drugs);
        }
      }
      document.documentElement.dataset.ready = 'true';
      performance.mark('rx-lens-popup-ready'); // time to interactive, for npm run bench
      // Warm the search index after first paint, so the first keystroke is answered at once.
      void index.getSearch().catch(fail);
    })();
  }, []);

  const checkInteractions = async (drugs: PageDrug[]) => {
    if (drugs.length < 2) return;
    try {
      const ids = drugs.slice(0, MAX_INTERACTION_DRUGS).map((d) => d.drugId);
      setInteractions({ report: await index.interactions(ids), error: null });
    } catch (error) {
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
            if (site) void askTab(site.id, 'revealDrug', { drugId });
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
              Nearest names:{' '}
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
