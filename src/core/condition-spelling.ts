// A misspelled condition ("hypertention", "atrial fibrilation") is read as the vocabulary word
// one letter away, where exactly one such word exists; the note says which words were read, so
// the reader sees the correction. Only words of six letters or more, and only one edit: shorter
// words and larger edits land on other conditions too often ("hypotension" is two letters from
// "hypertension").
import { editDistance } from './drug-search';

/** The words of the condition with each unknown long word replaced by its one near word. */
export function correctSpelling(words: string[], known: Set<string>): string[] | null {
  let changed = false;
  const out = words.map((w) => {
    if (w.length < 6 || known.has(w) || /\d/.test(w)) return w;
    let only: string | null = null;
    for (const k of known) {
      if (Math.abs(k.length - w.length) > 1 || k.length < 6) continue;
      if (editDistance(w, k) !== 1) continue;
      if (only !== null) return w; // two near words: no guess
      only = k;
    }
    if (only === null) return w;
    changed = true;
    return only;
  });
  return changed ? out : null;
}
