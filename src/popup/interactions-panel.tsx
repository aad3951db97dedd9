// "Interactions among these drugs": what each drug's FDA label says about the others, most
// serious first, each with the label it comes from. Says plainly when nothing was found and
// what was checked.
import { useState } from 'preact/hooks';
import type { InteractionPair, InteractionReport } from '../core/interactions';

interface Props {
  report: InteractionReport | null;
  error: string | null;
  names: Map<string, string>;
}

const SEVERITY_WORDS: Record<InteractionPair['severity'], string> = {
  contraindicated: 'Contraindicated',
  avoid: 'Avoid',
  monitor: 'Monitor',
  noted: 'Noted',
};

export function InteractionsPanel({ report, error, names }: Props) {
  // (a group's member the labels name, "calcium carbonate" for "calcium", is named by the report)
  const name = (id: string) => names.get(id) ?? report?.memberNames[id] ?? id;
  if (error) {
    return (
      <section class="interactions" aria-labelledby="h-int">
        <h2 id="h-int">Interactions</h2>
        <p role="alert">{error}</p>
      </section>
    );
  }
  if (!report || report.drugs.length < 2) return null;
  return (
    <section class="interactions" aria-labelledby="h-int">
      <h2 id="h-int">Interactions between these drugs</h2>
      {report.pairs.length === 0 ? (
        <p class="empty">
          No interactions found: none of the {report.pairsChecked} pairs is named in the other
          drug's FDA label (boxed warning, contraindications, warnings, drug interactions).
        </p>
      ) : (
        <ol class="int-list">
          {report.pairs.map((p) => (
            <PairItem key={`${p.a}|${p.b}`} pair={p} name={name} />
          ))}
        </ol>
      )}
      <p class="int-checked">
        Checked {report.pairsChecked} pair{report.pairsChecked === 1 ? '' : 's'} of{' '}
        {report.drugs.length} drugs against their FDA labels.
        {report.withoutLabel.length > 0 &&
          ` No label in the bundled data for ${report.withoutLabel.map(name).join(', ')}: only the other drugs' labels were read for ${report.withoutLabel.length === 1 ? 'it' : 'them'}.`}{' '}
        An interaction not named in a label is not shown here.
      </p>
    </section>
  );
}

function PairItem({ pair, name }: { pair: InteractionPair; name: (id: string) => string }) {
  const [open, setOpen] = useState(false);
  const first = pair.findings[0]!;
  return (
    <li class={`int-pair sev-${pair.severity}`}>
      <button type="button" class="int-head" aria-expanded={open} onClick={() => setOpen(!open)}>
        <span class="sev">{SEVERITY_WORDS[pair.severity]}</span>
        {pair.boxed && <span class="boxed">Boxed warning</span>}
        <span class="int-names">
          {name(pair.a)} + {name(pair.b)}
        </span>
      </button>
      <p class="int-text">
        {first.text} <Source finding={first} name={name} />
      </p>
      {open &&
        pair.findings.slice(1).map((f, i) => (
          <p class="int-text" key={i}>
            <span class="sev-small">{SEVERITY_WORDS[f.severity]}</span> {f.text}{' '}
            <Source finding={f} name={name} />
          </p>
        ))}
      {!open && pair.findings.length > 1 && (
        <p class="int-more">
          {pair.findings.length - 1} more statement{pair.findings.length > 2 ? 's' : ''} from the
          labels
        </p>
      )}
    </li>
  );
}

function Source({
  finding,
  name,
}: {
  finding: InteractionPair['findings'][number];
  name: (id: string) => string;
}) {
  return (
    <span class="int-source">
      (
      <a href={finding.citation.url} target="_blank" rel="noopener noreferrer">
        {name(finding.labelOf)} label
      </a>
      , {finding.section}
      {finding.citation.effectiveDate ? `, ${finding.citation.effectiveDate}` : ''}
      {finding.via.kind === 'class'
        ? `; names ${finding.via.label}, and ${name(finding.other)} is one: ${finding.via.membership}`
        : ''}
      )
    </span>
  );
}
