// The evidence summary: header, the three sections with numbered citations, references,
// follow-up questions and the disclaimer.
import { useState } from 'preact/hooks';
import type { EvidenceSummary, LabelItem, Reader, ResearchItem } from '../core/evidence-types';

const POPULATION_HEADINGS = {
  pregnancy: 'In pregnancy:',
  lactation: 'While breastfeeding:',
  pediatricUse: 'In children:',
  geriatricUse: 'In older adults:',
} as const;

const ASPECT_HEADINGS = {
  boxedWarning: 'Boxed warning:',
  contraindications: 'Contraindications:',
  adverseReactions: 'Side effects:',
  interactions: 'Interactions:',
  dosing: 'Dosing:',
} as const;

interface Props {
  summary: EvidenceSummary;
  onReader: (r: Reader) => void;
  onFollow: (query: string) => void;
}

function Refs({ refs }: { refs: number[] }) {
  return (
    <span class="refs">
      {refs.map((n) => (
        <a key={n} href={`#ref-${n}`} class="cite" aria-label={`Reference ${n}`}>
          [{n}]
        </a>
      ))}
    </span>
  );
}

export function EvidenceView({ summary: s, onReader, onFollow }: Props) {
  const patient = s.reader === 'patient';
  return (
    <article class="evidence" aria-label={`Evidence summary for ${s.drug.name}`}>
      <header>
        <h1>{s.drug.name}</h1>
        {s.drug.brands.length > 0 && <p class="brands">{s.drug.brands.slice(0, 8).join(', ')}</p>}
        {s.drug.classes.length > 0 && <p class="classes">{s.drug.classes.join(' · ')}</p>}
        <p class="meta">
          Last updated: label {s.lastUpdated.labelEffectiveDate ?? 'date not given'}, index{' '}
          {s.lastUpdated.indexBuildDate} · Review status:{' '}
          <span class={`status status-${s.reviewStatus.replace(' ', '-').toLowerCase()}`}>
            {s.reviewStatus}
          </span>
        </p>
        <fieldset class="reader">
          <legend>Which best describes you?</legend>
          {(['clinician', 'patient'] as const).map((r) => (
            <label key={r}>
              <input
                type="radio"
                name="reader"
                value={r}
                checked={s.reader === r}
                onChange={() => onReader(r)}
              />
              {r === 'clinician' ? 'Clinician' : 'Patient or caregiver'}
            </label>
          ))}
        </fieldset>
      </header>
      {s.focus.note && (
        <p class="focus" role="note">
          <strong>
            {s.focus.labelInteraction
              ? `With ${s.focus.labelInteraction.with.name}:`
              : s.focus.labelPopulation
                ? POPULATION_HEADINGS[s.focus.labelPopulation.asked]
                : s.focus.labelAspect
                  ? ASPECT_HEADINGS[s.focus.labelAspect.asked]
                  : s.focus.condition
                    ? `About ${s.focus.condition}:`
                    : ''}
          </strong>{' '}
          {s.focus.note}
        </p>
      )}

      <section aria-labelledby="h-guidelines">
        <h2 id="h-guidelines">{patient ? 'What expert guidelines say' : 'From the Guidelines'}</h2>
        {s.guidelines.empty && <p class="empty">{s.guidelines.empty}</p>}
        <ul>
          {s.guidelines.items.map((g, i) => (
            <li key={i} class={`guideline dir-${g.direction}${g.superseded ? ' superseded' : ''}`}>
              {g.direction === 'against' && <span class="badge against">Recommends against</span>}
              {g.direction === 'for' && <span class="badge for">Recommends</span>}
              {g.kind === 'summary' && (
                <span class="badge summary">Guideline summary (unverified)</span>
              )}
              {g.superseded && (
                <span class="badge">Superseded{g.supersededBy ? ` by ${g.supersededBy}` : ''}</span>
              )}
              <q>{g.text}</q>{' '}
              <span class="source">
                {g.issuer}
                {g.year ? `, ${g.year}` : ''}
                {g.strength ? `; ${g.strength}` : ''}
                {g.via !== 'drug' ? `; applies via ${g.via}` : ''}
              </span>{' '}
              <Refs refs={g.refs} />
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="h-label">
        <h2 id="h-label">{patient ? 'From the official drug label' : 'From the FDA Drug Label'}</h2>
        {s.label.empty && <p class="empty">{s.label.empty}</p>}
        {s.label.title && (
          <p class="label-title">
            {s.label.title}
            {s.label.combination ? ' (combination product)' : ''}
          </p>
        )}
        {s.label.keyPoints.length > 0 && (
          <p class="keypoints">
            <strong>{patient ? 'Warnings the label lists:' : 'Key warnings:'}</strong>{' '}
            {s.label.keyPoints.join(' · ')}
          </p>
        )}
        {s.label.notes.map((note) => (
          <p key={note} class="label-note">
            {note}
          </p>
        ))}
        <dl>
          {s.label.items.map((item) => (
            <LabelEntry key={item.key} item={item} />
          ))}
        </dl>
      </section>

      <section aria-labelledby="h-research">
        <h2 id="h-research">{patient ? 'What studies found' : 'From the Research'}</h2>
        {s.research.empty && <p class="empty">{s.research.empty}</p>}
        <ResearchList research={s.research} />
      </section>

      <section aria-labelledby="h-refs" class="references">
        <h2 id="h-refs">References</h2>
        <ol>
          {s.references.map((r) => (
            <li key={r.n} id={`ref-${r.n}`} value={r.n}>
              {r.text}{' '}
              {r.url && (
                <a href={r.url} target="_blank" rel="noopener noreferrer">
                  {r.type === 'label' ? 'DailyMed' : r.url.includes('pubmed') ? 'PubMed' : 'Source'}
                </a>
              )}
            </li>
          ))}
        </ol>
      </section>

      {s.followUps.length > 0 && (
        <nav class="followups" aria-label="Related questions">
          <h2>Related</h2>
          {s.followUps.map((f) => (
            <button key={f.query} type="button" onClick={() => onFollow(f.query)}>
              {f.label}
            </button>
          ))}
        </nav>
      )}
      <p class="disclaimer">{s.disclaimer}</p>
    </article>
  );
}

/** Shown whole when short; a long section (an old label's indications) opens on request. */
const LONG = 900;

function LabelEntry({ item }: { item: LabelItem }) {
  const long = item.text.length > LONG;
  const head = long ? item.text.slice(0, LONG).replace(/\s+\S*$/, '') : item.text;
  return (
    <div class={`label-item item-${item.key}`}>
      <dt>{item.heading}</dt>
      <dd>
        {long ? (
          <details>
            <summary>
              {head} … <span class="more">Show all</span>
            </summary>
            {item.text}
          </details>
        ) : (
          item.text
        )}{' '}
        <Refs refs={item.refs} />
      </dd>
    </div>
  );
}

function Study({ r }: { r: ResearchItem }) {
  return (
    <li class={r.resultsInData ? 'study' : 'study no-results'}>
      {r.resultsInData ? <q>{r.finding}</q> : <cite>{r.title}</cite>}{' '}
      <span class="source">
        {r.question}: {r.design}
        {r.participants ? `, ${r.participants.toLocaleString('en-US')} participants` : ''}
        {r.year ? `, ${r.year}` : ''}
        {r.resultsInData ? '' : '; results not in the bundled data'}
      </span>{' '}
      <Refs refs={r.refs} />
    </li>
  );
}

/** The best few studies, strongest designs first; the rest on request. */
function ResearchList({ research }: { research: EvidenceSummary['research'] }) {
  const [all, setAll] = useState(false);
  let budget = all ? Infinity : research.shown;
  const groups = research.groups
    .map((g) => {
      const items = g.items.slice(0, Math.max(0, budget));
      budget -= items.length;
      return { ...g, items };
    })
    .filter((g) => g.items.length > 0);
  const hidden = research.total - groups.reduce((n, g) => n + g.items.length, 0);
  return (
    <>
      {groups.map((g) => (
        <div key={g.question} class="research-group">
          <h3>{g.question}</h3>
          <ul>
            {g.items.map((r) => (
              <Study key={r.refs.join(',')} r={r} />
            ))}
          </ul>
        </div>
      ))}
      {hidden > 0 && (
        <button type="button" class="more-studies" onClick={() => setAll(true)}>
          Show {hidden} more {hidden === 1 ? 'study' : 'studies'}
        </button>
      )}
    </>
  );
}
