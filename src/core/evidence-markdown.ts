// The evidence summary as Markdown, for reading in a terminal (npm run evidence -- --format md).
import type { EvidenceSummary } from './evidence-types';

export function summaryToMarkdown(s: EvidenceSummary): string {
  const refs = (ns: number[]) => ns.map((n) => `[${n}]`).join('');
  const out: string[] = [];
  out.push(
    `# ${s.drug.name}${s.drug.brands.length ? ` (${s.drug.brands.slice(0, 5).join(', ')})` : ''}`,
  );
  if (s.drug.classes.length) out.push(`Class: ${s.drug.classes.join('; ')}`);
  out.push(
    `Last updated: label ${s.lastUpdated.labelEffectiveDate ?? 'date not given'}; index ${s.lastUpdated.indexBuildDate}. Review status: ${s.reviewStatus}.`,
  );
  if (s.focus.note) out.push('', `> ${s.focus.note}`);
  out.push('', '## From the Guidelines');
  if (s.guidelines.empty) out.push(s.guidelines.empty);
  for (const g of s.guidelines.items) {
    const tag = [
      g.issuer,
      g.year,
      g.strength,
      g.kind === 'summary' ? 'guideline summary (unverified)' : null,
      g.via !== 'drug' ? `via ${g.via}` : null,
      g.superseded ? 'superseded' : null,
    ]
      .filter(Boolean)
      .join(', ');
    out.push(
      `- ${g.direction === 'against' ? '**Against:** ' : g.direction === 'for' ? '**For:** ' : ''}"${g.text}" (${tag}) ${refs(g.refs)}`,
    );
  }
  out.push('', '## From the FDA Drug Label');
  if (s.label.empty) out.push(s.label.empty);
  if (s.label.title)
    out.push(`${s.label.title}${s.label.combination ? ' (combination product)' : ''}`);
  if (s.label.keyPoints.length) out.push(`Key warnings: ${s.label.keyPoints.join('; ')}`);
  for (const note of s.label.notes) out.push(`_${note}_`);
  for (const item of s.label.items)
    out.push(`- **${item.heading}:** ${item.text} ${refs(item.refs)}`);
  out.push('', '## From the Research');
  if (s.research.empty) out.push(s.research.empty);
  for (const group of s.research.groups) {
    out.push(`### ${group.question}`);
    for (const r of group.items) {
      const about = [
        `${r.question.toLowerCase()}: ${r.design}`,
        r.participants ? `${r.participants} participants` : null,
        r.year,
        r.resultsInData ? null : 'results not in the bundled data',
      ]
        .filter(Boolean)
        .join(', ');
      out.push(`- ${r.resultsInData ? `"${r.finding}"` : r.title} (${about}) ${refs(r.refs)}`);
    }
  }
  out.push('', '## References');
  for (const r of s.references) out.push(`${r.n}. ${r.text}${r.url ? ` ${r.url}` : ''}`);
  if (s.followUps.length) out.push('', `Related: ${s.followUps.map((f) => f.label).join(' · ')}`);
  out.push('', `_${s.disclaimer}_`);
  return out.join('\n');
}
