// A misspelled condition ("hypertention", "atrial fibrilation") is read as the vocabulary word
// one letter away; the note says which words were read, so the reader sees the correction. Only
// one edit, to words of six letters or more (a five-letter word only where the vocabulary's is a
// letter longer: "astma"): shorter words and larger edits land on other conditions too often
// ("hypotension" is two letters from "hypertension"). Where several words are a letter away
// ("migrane": migraine, migran), the one that makes the words a condition is read, if only one
// does.
import { editDistance } from './drug-search';

/** The words of the condition with each unknown long word replaced by its one near word. */
export function correctSpelling(
  words: string[],
  known: Set<string>,
  isCondition: (words: string[]) => boolean = () => true,
  fold: (word: string) => string = (w) => w,
): string[] | null {
  let changed = false;
  const out = [...words];
  words.forEach((w, i) => {
    if (w.length < 5 || known.has(fold(w)) || /\d/.test(w)) return;
    const near = nearWords(w, known);
    const fits =
      near.length === 1
        ? near
        : near.filter((k) => isCondition(out.map((x, j) => (j === i ? k : x))));
    if (fits.length !== 1) return; // none, or two near words: no guess
    out[i] = fits[0]!;
    changed = true;
  });
  return changed ? out : null;
}

/**
 * The vocabulary's words one edit from the word (vocabulary words are folded, "diabetes" to
 * "diabete": the word is compared without its own final "s" too, and given it back).
 */
function nearWords(w: string, known: Set<string>): string[] {
  const out = new Set<string>();
  const forms = w.endsWith('s') && w.length > 5 ? [w, w.slice(0, -1)] : [w];
  for (const form of forms)
    for (const k of known) {
      if (k.length < 6 || Math.abs(k.length - form.length) > 1) continue;
      if (form.length < 6 && k.length !== form.length + 1) continue;
      if (editDistance(form, k) !== 1) continue;
      out.add(form === w ? k : `${k}s`);
    }
  return [...out];
}
