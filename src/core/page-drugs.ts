// "On this page" across frames: the top frame's list first, in page order, then what each
// child frame adds. A drug named in several frames is one entry: counts add up, names join.
import type { PageDrug } from './messages';

export interface FramedDrug extends PageDrug {
  /** the frame of the first mention, for "reveal" (0 is the top frame) */
  frameId: number;
}

export function mergePageDrugs(list: FramedDrug[], frameId: number, add: PageDrug[]): FramedDrug[] {
  const out = list.map((d) => ({ ...d, names: [...d.names] }));
  const byId = new Map(out.map((d) => [d.drugId, d]));
  for (const d of add) {
    const known = byId.get(d.drugId);
    if (!known) {
      const entry = { ...d, names: [...d.names], frameId };
      out.push(entry);
      byId.set(d.drugId, entry);
      continue;
    }
    known.count += d.count;
    for (const n of d.names) if (!known.names.includes(n)) known.names.push(n);
  }
  return out;
}
