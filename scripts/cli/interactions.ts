// npm run -s interactions -- warfarin ibuprofen sertraline
// Each argument is a drug name as a clinician writes it (generic, brand, abbreviation); the
// output is the same report the popup shows, as JSON. Names that match nothing exit 2.
import { answersQuery } from '../../src/core/drug-search';
import { openIndex, run } from './node-index';

run(async () => {
  const names = process.argv.slice(2).filter((a) => a.trim());
  if (names.length < 2) {
    console.error('usage: npm run -s interactions -- <drug> <drug> [<drug> ...]');
    process.exit(2);
  }
  const index = openIndex();
  const drugs: { query: string; drugId: string; name: string }[] = [];
  const unknown: string[] = [];
  for (const query of names) {
    // (answered as lookups are: a misspelling or one name's start, not "saline" for Salinocaine)
    const results = await index.search(query, 5);
    const best = results[0];
    if (best && answersQuery(query, results))
      drugs.push({ query, drugId: best.drugId, name: best.name });
    else unknown.push(query);
  }
  if (unknown.length) {
    console.log(JSON.stringify({ error: `not in the index: ${unknown.join(', ')}`, unknown }));
    process.exitCode = 2;
    return;
  }
  const report = await index.interactions(drugs.map((d) => d.drugId));
  console.log(JSON.stringify({ ...report, drugs }, null, 2));
});
