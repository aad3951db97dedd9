// "On this page": the drugs detected, grouped, with the names the page uses, in page order.
import { MAX_PAGE_DRUG_NAMES, type PageDrug } from '../core/messages';
import type { Mention } from './highlighter';

export function groupMentions(mentions: Mention[], nameOf: (drugId: string) => string): PageDrug[] {
  const byDrug = new Map<string, PageDrug>();
  for (const m of mentions) {
    let entry = byDrug.get(m.match.drugId);
    if (!entry) {
      entry = { drugId: m.match.drugId, name: nameOf(m.match.drugId), names: [], count: 0 };
      byDrug.set(m.match.drugId, entry);
    }
    entry.count++;
    if (entry.names.length < MAX_PAGE_DRUG_NAMES && !entry.names.includes(m.match.text))
      entry.names.push(m.match.text);
  }
  return [...byDrug.values()];
}
