// npm run -s evidence -- "baclofen for back pain" [--format md] [--reader patient]
// Without a query: one query per stdin line, one JSON line per query (errors as {"error"}).
import type { LookupResult } from '../../src/core/evidence-index';
import type { Reader } from '../../src/core/evidence-types';
import { summaryToMarkdown } from '../../src/core/evidence-markdown';
import { openIndex, readStdin, run } from './node-index';

function parseArgs(argv: string[]): { query: string; format: 'json' | 'md'; reader: Reader } {
  let format: 'json' | 'md' = 'json';
  let reader: Reader = 'clinician';
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--format') format = argv[++i] === 'md' ? 'md' : 'json';
    else if (a === '--reader') reader = argv[++i] === 'patient' ? 'patient' : 'clinician';
    else words.push(a);
  }
  return { query: words.join(' '), format, reader };
}

const asJson = (query: string, r: LookupResult) =>
  r.ok ? r.summary : { query, error: r.error, suggestions: r.suggestions.map((s) => ({ drugId: s.drugId, name: s.name, matched: s.matched, score: s.score })) };

run(async () => {
  const { query, format, reader } = parseArgs(process.argv.slice(2));
  const index = openIndex();
  if (query) {
    const result = await index.lookup(query, reader);
    if (format === 'md') {
      console.log(result.ok ? summaryToMarkdown(result.summary) : `${result.error}\n\nNearest names: ${result.suggestions.map((s) => s.name).join(', ') || 'none'}`);
    } else {
      console.log(JSON.stringify(asJson(query, result), null, 2));
    }
    if (!result.ok) process.exitCode = 2;
    return;
  }
  const lines = (await readStdin()).split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) console.log(JSON.stringify(asJson(line, await index.lookup(line, reader))));
});
