// npm run -s search -- "query": ranked results as JSON; without a query, one query per stdin
// line and one JSON array per line.
import { openIndex, readStdin, run } from './node-index';

run(async () => {
  const index = openIndex();
  const shape = async (q: string) =>
    (await index.search(q, 10)).map(({ drugId, name, matched, score }) => ({ drugId, name, matched, score }));
  const query = process.argv.slice(2).join(' ');
  if (query) {
    console.log(JSON.stringify(await shape(query)));
    return;
  }
  const lines = (await readStdin()).split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const line of lines) console.log(JSON.stringify(await shape(line)));
});
