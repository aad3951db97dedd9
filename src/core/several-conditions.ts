// One summary for two or three conditions asked at once ("sertraline for depression and
// anxiety"): the note says of each what it would say alone, "Depression: ... Anxiety: ...", and
// the statements and studies about any of them come first, in the index's order otherwise. The
// label's word is not claimed for the conditions together (labelIndicationsMention stays null).
import type { EvidenceSummary } from './evidence-types';

/**
 * base: the summary with no condition (the index's order); each: the summary for each part.
 */
export function joinSummaries(
  base: EvidenceSummary,
  each: EvidenceSummary[],
  parts: string[],
  condition: string,
): EvidenceSummary {
  const guidelineAbout = new Set(
    each.flatMap((s) => s.guidelines.items.filter((g) => g.aboutCondition).map((g) => g.text)),
  );
  const studyAbout = new Set(
    each.flatMap((s) =>
      s.research.groups.flatMap((g) => g.items.filter((i) => i.aboutCondition).map((i) => i.title)),
    ),
  );
  const guidelines = stableSort(
    base.guidelines.items.map((g) => ({ ...g, aboutCondition: guidelineAbout.has(g.text) })),
    (g) => Number(!g.aboutCondition),
  );
  const groups = base.research.groups.map((g) => ({
    ...g,
    items: stableSort(
      g.items.map((i) => ({ ...i, aboutCondition: studyAbout.has(i.title) })),
      // (a study whose results are not in the data stays last, as for one condition)
      (i) => Number(!i.resultsInData) * 2 + Number(!i.aboutCondition),
    ),
  }));
  const notes = each
    .map((e, i) => (e.focus.note ? `${capitalize(parts[i]!)}: ${e.focus.note}` : null))
    .filter((n): n is string => n !== null);
  return {
    ...base,
    focus: {
      ...base.focus,
      condition,
      concepts: each.flatMap((e) => e.focus.concepts),
      note: notes.length ? notes.join(' ') : null,
    },
    guidelines: { ...base.guidelines, items: guidelines },
    research: { ...base.research, groups },
  };
}

/** Sorted by rank, the index's order kept within each rank. */
function stableSort<T>(items: T[], rank: (item: T) => number): T[] {
  return items
    .map((item, i) => ({ item, i }))
    .sort((a, b) => rank(a.item) - rank(b.item) || a.i - b.i)
    .map(({ item }) => item);
}

const capitalize = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
