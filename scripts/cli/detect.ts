// npm run -s detect < text: one JSON object per drug mention, offsets in UTF-16 code units.
import { openIndex, readStdin, run } from './node-index';

run(async () => {
  const matcher = await openIndex().getMatcher();
  const text = await readStdin();
  const out: string[] = [];
  for (const m of matcher.find(text)) {
    out.push(JSON.stringify({ start: m.start, end: m.end, text: m.text, drugId: m.drugId, kind: m.kind }));
  }
  if (out.length) process.stdout.write(`${out.join('\n')}\n`);
});
