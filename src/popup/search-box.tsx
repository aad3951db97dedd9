// The search field and its result list: type, arrows, Enter, Escape.
import { useState } from 'preact/hooks';
import type { SearchResult } from '../core/drug-search';

interface Props {
  query: string;
  results: SearchResult[];
  onQuery: (q: string) => void;
  onChoose: (r: SearchResult | null) => void;
  onEscape: () => void;
}

const KIND_LABEL: Record<string, string> = {
  generic: 'generic',
  brand: 'brand',
  synonym: 'synonym',
  salt: 'salt form',
  abbreviation: 'abbreviation',
};

export function SearchBox({ query, results, onQuery, onChoose, onEscape }: Props) {
  const [active, setActive] = useState(0);
  const onKey = (e: KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, results.length - 1));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      onChoose(results[active] ?? null);
    } else if (e.key === 'Escape') {
      e.preventDefault();
      if (query) onQuery('');
      else onEscape();
    }
  };
  return (
    <div class="search">
      <label for="q" class="visually-hidden">
        Search a drug or ask a question
      </label>
      <input
        id="q"
        type="search"
        autoFocus
        autocomplete="off"
        spellcheck={false}
        role="combobox"
        aria-expanded={results.length > 0}
        aria-controls="results"
        aria-activedescendant={results.length ? `r-${active}` : undefined}
        placeholder='Drug or question, e.g. "baclofen for back pain"'
        value={query}
        maxLength={500}
        onInput={(e) => {
          setActive(0);
          onQuery((e.target as HTMLInputElement).value);
        }}
        onKeyDown={onKey}
      />
      {results.length > 0 && (
        <ul id="results" role="listbox" aria-label="Matching drugs">
          {results.map((r, i) => (
            <li
              id={`r-${i}`}
              key={r.drugId}
              role="option"
              aria-selected={i === active}
              class={i === active ? 'active' : ''}
              onMouseDown={(e) => {
                e.preventDefault();
                onChoose(r);
              }}
            >
              <span class="r-name">{r.name}</span>
              {r.matched.toLowerCase() !== r.name && (
                <span class="r-matched">
                  {r.matched} <small>({KIND_LABEL[r.kind]})</small>
                </span>
              )}
              {r.cls && <span class="r-class">{r.cls}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
