// Converts the compact lexicon file to and from the in-memory lexicon.
import { LexiconFileSchema, parseIndexFile, type LexiconFile } from './index-schema';
import type { Lexicon } from './lexicon-types';

export function lexiconFromFile(data: unknown): Lexicon {
  parseIndexFile(LexiconFileSchema, data, 'lexicon.json');
  // Built from the validated input itself, not the validator's copy: the copy's arrays are grown
  // by push and keep spare capacity, which for 10,000 names doubled the vocabulary's heap in the
  // content script.
  const file = data as LexiconFile;
  const drugs = file.drugs.map(([id, name, cls, rank]) => ({ id, name, cls, rank }));
  const names = file.names.map(([text, ids, kind, flags]) => {
    for (const i of ids)
      if (i >= drugs.length)
        throw new Error(`lexicon.json: name "${text}" points to a missing drug`);
    return { text, drugs: ids, kind, flags };
  });
  return { drugs, names, stops: file.stops ?? [] };
}
