// Options: the global highlighting switch, sites where it is off, and the index's version.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { MetaFile } from '../core/index-schema';
import type { Settings } from '../core/settings';
import { openExtensionIndex } from '../platform/extension-index';
import { loadSettings, updateSettings } from '../platform/settings-store';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [meta, setMeta] = useState<MetaFile | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    void loadSettings().then(({ settings: s, notice }) => {
      setSettings(s);
      if (notice) setProblem(notice);
    });
    openExtensionIndex()
      .getMeta()
      .then(setMeta, (e: Error) => setProblem(e.message));
  }, []);
  if (!settings) return <p>Loading…</p>;
  const change = async (c: Partial<Settings>) => setSettings(await updateSettings(c));
  return (
    <main>
      <h1>Rx Evidence Lens</h1>
      {problem && <p role="alert">{problem}</p>}
      <label>
        <input
          type="checkbox"
          checked={settings.enabled}
          onChange={(e) => void change({ enabled: (e.target as HTMLInputElement).checked })}
        />{' '}
        Highlight drug names on web pages
      </label>
      <label>
        Reader:{' '}
        <select
          value={settings.reader}
          onChange={(e) =>
            void change({ reader: (e.target as HTMLSelectElement).value as Settings['reader'] })
          }
        >
          <option value="clinician">Clinician</option>
          <option value="patient">Patient or caregiver</option>
        </select>
      </label>
      <h2>Sites where highlighting is off</h2>
      {settings.disabledSites.length === 0 ? (
        <p>None.</p>
      ) : (
        <ul>
          {settings.disabledSites.map((host) => (
            <li key={host}>
              {host}
              <button
                type="button"
                onClick={() =>
                  void change({ disabledSites: settings.disabledSites.filter((h) => h !== host) })
                }
              >
                Turn back on
              </button>
            </li>
          ))}
        </ul>
      )}
      {meta && (
        <p class="meta">
          Evidence index: data staged {meta.buildDate}, schema {meta.schemaVersion},{' '}
          {meta.counts.drugs} drugs, checksum {meta.checksum.slice(0, 12)}. Everything is bundled:
          the extension makes no network requests.
        </p>
      )}
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
