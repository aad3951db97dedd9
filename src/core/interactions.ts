// Interactions between a set of drugs, from the pairwise table the pipeline read out of the
// labels: for each pair, what each drug's label says about the other (by name or by a class
// it belongs to), most serious first. Also says plainly what was checked and what could not be.
import type { ClassesFile, InteractionFile, Severity } from './index-schema';

export const SEVERITY_ORDER: Severity[] = ['contraindicated', 'avoid', 'monitor', 'noted'];

const SECTION_NAMES: Record<InteractionFile['statements'][number]['section'], string> = {
  boxedWarning: 'Boxed warning',
  contraindications: 'Contraindications',
  warnings: 'Warnings and precautions',
  interactions: 'Drug interactions',
};

export interface InteractionFinding {
  /** the drug whose label says it */
  labelOf: string;
  /** the other drug */
  other: string;
  severity: Severity;
  section: string;
  boxed: boolean;
  text: string;
  /** how the label names the other drug: by name, or a class with its membership source */
  via: { kind: 'drug' } | { kind: 'class'; label: string; membership: string };
  citation: { setId: string; title: string; effectiveDate: string | null; url: string };
}

export interface InteractionPair {
  a: string;
  b: string;
  /** the most serious severity the labels word */
  severity: Severity;
  /** a boxed warning speaks to this pair */
  boxed: boolean;
  findings: InteractionFinding[];
}

export interface InteractionReport {
  drugs: string[];
  /** pairs with at least one finding, most serious first */
  pairs: InteractionPair[];
  pairsChecked: number;
  /** drugs without a single-ingredient label in the bundled data: only the other side was read */
  withoutLabel: string[];
  /**
   * the members of a group among the drugs ("calcium": calcium carbonate, ...), by id, whose
   * labels and names were read for it; a finding's labelOf or other may be one of them
   */
  memberNames: Record<string, string>;
}

/** Most findings per pair shown; the label often repeats a warning in several sections. */
const MAX_FINDINGS = 6;

/**
 * Order of seriousness: contraindicated, then anything in a boxed warning, then avoid,
 * monitor, noted; a label naming the drug itself before one naming its class.
 */
const findingRank = (f: InteractionFinding) =>
  (f.severity === 'contraindicated' ? 0 : f.boxed ? 1 : SEVERITY_ORDER.indexOf(f.severity) + 1) *
    10 +
  (f.via.kind === 'drug' ? 0 : 1);

export function findInteractions(
  drugIds: string[],
  rows: Map<string, InteractionFile | null>,
  classes: ClassesFile,
  /** a group's members ("calcium": its salts), read as the group, with the rows of their labels */
  groups: Map<string, { id: string; name: string }[]> = new Map(),
): InteractionReport {
  const drugs = [...new Set(drugIds)];
  const sides = (id: string) => [id, ...(groups.get(id) ?? []).map((m) => m.id)];
  const findingsAbout = (group: string, otherGroup: string): InteractionFinding[] =>
    sides(group).flatMap((from) =>
      sides(otherGroup)
        .filter((to) => to !== from)
        .flatMap((to) => findingsOf(from, to)),
    );
  const findingsOf = (from: string, to: string): InteractionFinding[] => {
    const row = rows.get(from);
    if (!row?.label) return [];
    const citation = row.label;
    return (row.pairs[to] ?? []).flatMap(([index, via]) => {
      const statement = row.statements[index];
      if (!statement) return [];
      const cls = via === 'drug' ? null : classes.classes[via];
      return [
        {
          labelOf: from,
          other: to,
          severity: statement.severity,
          section: SECTION_NAMES[statement.section],
          boxed: statement.section === 'boxedWarning',
          text: statement.text,
          via: cls
            ? { kind: 'class' as const, label: cls.label, membership: cls.members[to] ?? '' }
            : { kind: 'drug' as const },
          citation,
        },
      ];
    });
  };
  const pairs: InteractionPair[] = [];
  let pairsChecked = 0;
  for (let i = 0; i < drugs.length; i++) {
    for (let j = i + 1; j < drugs.length; j++) {
      const a = drugs[i]!;
      const b = drugs[j]!;
      pairsChecked++;
      const findings = [...findingsAbout(a, b), ...findingsAbout(b, a)]
        .sort((x, y) => findingRank(x) - findingRank(y))
        .slice(0, MAX_FINDINGS);
      if (findings.length) {
        const severity = SEVERITY_ORDER.find((s) => findings.some((f) => f.severity === s))!;
        pairs.push({ a, b, severity, boxed: findings.some((f) => f.boxed), findings });
      }
    }
  }
  pairs.sort(
    (x, y) =>
      findingRank(x.findings[0]!) - findingRank(y.findings[0]!) ||
      drugs.indexOf(x.a) - drugs.indexOf(y.a) ||
      drugs.indexOf(x.b) - drugs.indexOf(y.b),
  );
  return {
    drugs,
    pairs,
    pairsChecked,
    withoutLabel: drugs.filter((d) => sides(d).every((id) => !rows.get(id))),
    memberNames: Object.fromEntries(
      drugs.flatMap((d) => (groups.get(d) ?? []).map((m) => [m.id, m.name])),
    ),
  };
}
