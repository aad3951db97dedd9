// Converts the compact lexicon file to and from the in-memory lexicon.
import { LexiconFileSchema, parseIndexFile, type LexiconFile } from './index-schema';
import type { Lexicon } from './lexicon-types';

export function lexiconFromFile(data: unknown): Lexicon {
  const file: LexiconFile = parseIndexFile(LexiconFileSchema, data, 'lexicon.json');
  const drugs = file.drugs.map(([id, name, cls, rank]) => ({ id, name, cls, rank }));
  const names = file.names.map(([text, ids, kind, flags]) => {
    for (const i of ids)
      if (i >= drugs.length)
        throw new Error(`lexicon.json: name "${text}" points to a missing drug`);
    return { text, drugs: ids, kind, flags };
  });
  return { drugs, names };
}
