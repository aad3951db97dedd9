// "On this page": the drugs the content script highlighted on the active tab.
import type { PageDrug } from '../core/messages';

interface Props {
  drugs: PageDrug[];
  onOpen: (drugId: string) => void;
}

export function PageDrugsPanel({ drugs, onOpen }: Props) {
  if (drugs.length === 0) return null;
  return (
    <section class="page-drugs" aria-labelledby="h-page">
      <h2 id="h-page">On this page</h2>
      <ul>
        {drugs.map((d) => (
          <li key={d.drugId}>
            <button type="button" onClick={() => onOpen(d.drugId)}>
              <span class="r-name">{d.name}</span>
              <span class="r-matched">
                {d.names.filter((n) => n.toLowerCase() !== d.name).join(', ')}
              </span>
              <span class="count" aria-label={`${d.count} mentions`}>
                {d.count}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
