// npm run bench [-- --short]: what the extension exists for, measured against the naive way
// in the same run on the same data. Prints tables; writes bench/results/latest.json (the
// short mode, for CI, writes .tmp/bench-short.json and never fails on a timing).
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { gunzipSync, gzipSync } from 'node:zlib';
import Fuse from 'fuse.js';
import { DrugMatcher } from '../src/core/drug-matcher';
import { DrugSearch } from '../src/core/drug-search';
import { lexiconFromFile } from '../src/core/lexicon-file';
import { SCHEMA_VERSION } from '../src/core/index-schema';
import type { Lexicon } from '../src/core/lexicon-types';
import { BrowserBench, type PageTiming, type ShapeTiming } from './browser';
import { pageShapes } from './shapes';
import {
  RegexBaseline,
  SetBaseline,
  clinicalText,
  differences,
  plainLexicon,
  projectMatcher,
  type Found,
} from './detection';
import { buildQueries, type QueryKind } from './queries';

const ROOT = join(import.meta.dirname, '..');
const DATA = join(ROOT, 'public', 'data');
const short = process.argv.includes('--short');
/** loads of each page shape in a full run */
const SHAPE_LOADS = 5;
const results: Record<string, unknown> = {};

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
}
const f = (n: number | null | undefined, d = 1) =>
  n === null || n === undefined || Number.isNaN(n) ? 'n/a' : n.toFixed(d);
function table(title: string, head: string[], rows: (string | number)[][]): void {
  console.log(`\n${title}`);
  const all = [head, ...rows.map((r) => r.map(String))];
  const widths = head.map((_, i) => Math.max(...all.map((r) => r[i]!.length)));
  for (const [k, r] of all.entries()) {
    console.log(
      '  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  '),
    );
    if (k === 0) console.log('  ' + widths.map((w) => '-'.repeat(w)).join('  '));
  }
}
function time<T>(fn: () => T, repeat = 1): { ms: number; value: T } {
  let best = Infinity;
  let value!: T;
  for (let i = 0; i < repeat; i++) {
    const t0 = performance.now();
    value = fn();
    best = Math.min(best, performance.now() - t0);
  }
  return { ms: best, value };
}
const same = (a: Found[], b: Found[]) =>
  a.length === b.length &&
  a.every((x, i) => x.start === b[i]!.start && x.end === b[i]!.end && x.drugId === b[i]!.drugId);

function detection(lexicon: Lexicon) {
  const plain = plainLexicon(lexicon);
  const sizes = short ? [100_000] : [100_000, 1_000_000, 10_000_000];
  const regexBudget = short ? 10_000 : 100_000;
  const texts = new Map(sizes.map((s) => [s, clinicalText(DATA, s)]));
  const ours = projectMatcher(plain);
  const setBase = new SetBaseline(plain);
  const regexBuild = time(() => new RegexBaseline(plain));
  const regex = regexBuild.value;
  const product = new DrugMatcher(lexicon);
  // Warm the JIT on the smallest text before anything is timed.
  ours.find(texts.get(sizes[0]!)!.slice(0, 50_000));
  setBase.find(texts.get(sizes[0]!)!.slice(0, 50_000));
  const rows: (string | number)[][] = [];
  const out: Record<string, unknown>[] = [];
  for (const size of sizes) {
    const text = texts.get(size)!;
    const repeat = size <= 1_000_000 ? 3 : 1;
    const a = time(() => ours.find(text), repeat);
    const b = time(() => setBase.find(text), repeat);
    const full = time(() => product.find(text), repeat);
    const mbs = (ms: number, bytes = size) => bytes / 1e6 / (ms / 1000);
    const identicalSet = same(a.value, b.value);
    // The alternation is far too slow for megabytes: timed on the text's first regexBudget chars.
    const sample = text.slice(0, Math.min(size, regexBudget));
    const r = time(() => regex.find(sample));
    const oursOnSample = ours.find(sample);
    const identicalRegex = same(oursOnSample, r.value);
    const entry = {
      bytes: size,
      matches: a.value.length,
      matcherMBs: mbs(a.ms),
      productMatcherMBs: mbs(full.ms),
      setMBs: mbs(b.ms),
      setIdentical: identicalSet,
      setDifferences: identicalSet ? [] : differences(a.value, b.value, text),
      regexSampleBytes: sample.length,
      regexMBs: mbs(r.ms, sample.length),
      regexIdentical: identicalRegex,
      regexDifferences: identicalRegex ? [] : differences(oursOnSample, r.value, sample),
    };
    out.push(entry);
    rows.push([
      `${size / 1e6} MB`,
      a.value.length,
      f(entry.matcherMBs, 2),
      `${f(entry.setMBs, 2)}${identicalSet ? '' : ' (differs)'}`,
      f(entry.matcherMBs / entry.setMBs, 1) + 'x',
      `${f(entry.regexMBs, 3)}${identicalRegex ? '' : ' (differs)'} on ${sample.length / 1000} KB`,
      identicalRegex ? f(entry.matcherMBs / entry.regexMBs, 0) + 'x' : 'n/a',
      f(entry.productMatcherMBs, 2),
    ]);
  }
  table(
    'Detection throughput (Node, same text, same unambiguous names; MB/s; ratio = matcher ÷ baseline)',
    [
      'text',
      'matches',
      'matcher',
      'Set lookup',
      'ratio',
      'regex alternation',
      'ratio',
      'matcher+context rules',
    ],
    rows,
  );
  for (const e of out) {
    for (const d of [...(e.setDifferences as string[]), ...(e.regexDifferences as string[])])
      console.log(`  difference at ${e.bytes as number} bytes: ${d}`);
  }
  results.detection = { names: plain.names.length, regexBuildMs: regexBuild.ms, sizes: out };
}

function search(lexicon: Lexicon) {
  const queries = buildQueries(lexicon, short ? 200 : 1000);
  const build = time(() => new DrugSearch(lexicon));
  const ours = build.value;
  const plainBuild = time(
    () =>
      new Fuse(
        lexicon.names.map((n) => n.text),
        { includeScore: true },
      ),
  );
  const plain = plainBuild.value;
  const plainIds = (q: string) => {
    const ids: string[] = [];
    for (const r of plain.search(q, { limit: 30 })) {
      const id = lexicon.drugs[lexicon.names[r.refIndex]!.drugs[0]!]!.id;
      if (!ids.includes(id)) ids.push(id);
    }
    return ids;
  };
  const measure = (fn: (q: string) => string[]) => {
    fn('warm up');
    const times: number[] = [];
    const byKind = new Map<QueryKind | 'all', { n: number; top1: number; top3: number }>();
    for (const q of queries) {
      const t0 = performance.now();
      const ids = fn(q.query);
      times.push(performance.now() - t0);
      for (const k of [q.kind, 'all'] as const) {
        const s = byKind.get(k) ?? { n: 0, top1: 0, top3: 0 };
        s.n++;
        if (q.expected.includes(ids[0]!)) s.top1++;
        if (ids.slice(0, 3).some((i) => q.expected.includes(i))) s.top3++;
        byKind.set(k, s);
      }
    }
    return { median: median(times), p95: quantile(times, 0.95), byKind };
  };
  const a = measure((q) => ours.search(q, 10).map((r) => r.drugId));
  const b = measure(plainIds);
  const rows = [...a.byKind.keys()].map((k) => {
    const x = a.byKind.get(k)!;
    const y = b.byKind.get(k)!;
    return [k, x.n, f(x.top1 / x.n, 3), f(y.top1 / y.n, 3), f(x.top3 / x.n, 3), f(y.top3 / y.n, 3)];
  });
  table(
    `Search accuracy (${queries.length} queries; popup search vs plain Fuse over the raw names)`,
    ['kind', 'n', 'top-1 ours', 'top-1 Fuse', 'top-3 ours', 'top-3 Fuse'],
    rows,
  );
  table(
    'Search latency per query (ms)',
    ['method', 'median', 'p95', 'build'],
    [
      [
        'popup search (exact → prefix → trigram shortlist + Fuse)',
        f(a.median, 3),
        f(a.p95, 3),
        f(build.ms, 0),
      ],
      ['plain Fuse, default options', f(b.median, 3), f(b.p95, 3), f(plainBuild.ms, 0)],
    ],
  );
  const acc = (m: typeof a) =>
    Object.fromEntries(
      [...m.byKind].map(([k, s]) => [k, { n: s.n, top1: s.top1 / s.n, top3: s.top3 / s.n }]),
    );
  results.search = {
    queries: queries.length,
    ours: { medianMs: a.median, p95Ms: a.p95, buildMs: build.ms, accuracy: acc(a) },
    plainFuse: { medianMs: b.median, p95Ms: b.p95, buildMs: plainBuild.ms, accuracy: acc(b) },
  };
}

function sizes() {
  const dist = join(ROOT, 'dist');
  const walk = (dir: string): string[] =>
    readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
    );
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8'));
  // crxjs writes a loader for each script; the code it loads is what counts. Follow imports.
  const bundle = (entries: string[]) => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file) || !existsSync(file)) return;
      seen.add(file);
      const code = readFileSync(file, 'utf8');
      for (const m of code.matchAll(/(?:import|from)\s*\(?\s*["']([^"']+\.js)["']/g)) {
        const rel = m[1]!;
        visit(rel.startsWith('/') ? join(dist, rel) : join(file, '..', rel));
      }
      for (const m of code.matchAll(/chrome\.runtime\.getURL\(["']([^"']+\.js)["']\)/g))
        visit(join(dist, m[1]!));
    };
    entries.forEach((e) => visit(join(dist, e)));
    const raw = [...seen].reduce((s, p) => s + statSync(p).size, 0);
    const gz = [...seen].reduce((s, p) => s + gzipSync(readFileSync(p)).length, 0);
    return { files: [...seen].map((p) => p.slice(dist.length + 1)), raw, gz };
  };
  const popupHtml = readFileSync(join(dist, 'src/popup/index.html'), 'utf8');
  const popupScripts = [...popupHtml.matchAll(/src="\/?([^"]+\.js)"/g)].map((m) => m[1]!);
  const content = bundle(manifest.content_scripts[0].js);
  const popup = bundle(popupScripts);
  const background = bundle([manifest.background.service_worker]);
  const dataFiles = walk(DATA);
  const dataRaw = dataFiles.reduce((s, p) => s + statSync(p).size, 0);
  const dataGz = dataFiles.reduce((s, p) => s + gzipSync(readFileSync(p)).length, 0);
  const kb = (n: number) => f(n / 1024, 1);
  table(
    'Sizes (KB)',
    ['part', 'raw', 'gzipped'],
    [
      ['content script', kb(content.raw), kb(content.gz)],
      ['popup', kb(popup.raw), kb(popup.gz)],
      ['background', kb(background.raw), kb(background.gz)],
      [`index (${dataFiles.length} files)`, kb(dataRaw), kb(dataGz)],
      [
        'lexicon.json (what the content script gets)',
        kb(statSync(join(DATA, 'lexicon.json')).size),
        kb(gzipSync(readFileSync(join(DATA, 'lexicon.json'))).length),
      ],
    ],
  );
  results.sizes = {
    content,
    popup,
    background,
    index: { files: dataFiles.length, raw: dataRaw, gz: dataGz },
  };
}

async function inBrowser(lexicon: Lexicon) {
  const paragraphs = clinicalText(DATA, 400_000)
    .split('\n\n')
    .filter((p) => p.length > 40);
  const bench = await BrowserBench.start();
  try {
    const pageSizes = short ? [100_000] : [100_000, 1_000_000, 5_000_000];
    const pages: PageTiming[] = [];
    for (const size of pageSizes) pages.push(await bench.chart(size, paragraphs));
    // Each shape is loaded several times: a garbage collection lands in some slice of some load,
    // so one load's longest slice is a draw. The median is the figure, the worst is shown too.
    const loads = short ? 1 : SHAPE_LOADS;
    const shapes: (ShapeTiming & { worstSliceMs: number; loads: number })[] = [];
    for (const shape of pageShapes(ROOT, short ? 0.1 : 1)) {
      const runs: ShapeTiming[] = [];
      for (let i = 0; i < loads; i++) runs.push(await bench.shape(shape.name, shape.html));
      runs.sort((a, b) => a.longestSliceMs - b.longestSliceMs);
      const med = runs[Math.floor(runs.length / 2)]!;
      shapes.push({ ...med, worstSliceMs: runs.at(-1)!.longestSliceMs, loads });
    }
    table(
      `Chromium: page shapes (content script, ms; budget: longest slice under 16 ms; the load with the median longest slice of ${loads})`,
      [
        'page',
        'highlights',
        'longest slice',
        `worst of ${loads}`,
        'main-thread total',
        'last highlight at',
        'slices',
        'most text in a slice',
      ],
      shapes.map((s) => [
        s.name,
        s.highlights,
        f(s.longestSliceMs),
        f(s.worstSliceMs),
        f(s.mainThreadMs),
        f(s.lastHighlightMs),
        s.slices,
        `${(s.maxSliceChars / 1024).toFixed(0)} KB`,
      ]),
    );
    results.shapes = shapes;
    const baseHeap = await bench.chartHeapWithoutExtension(pageSizes.at(-1)!, paragraphs);
    table(
      'Chromium: generated chart pages (content script timings in ms, from its own slice clock)',
      [
        'page text',
        'highlights',
        'first highlight',
        'main-thread total',
        'longest task',
        'slices',
        'settle after 1,000 mutations',
        'burst main-thread',
        'renderer heap MB',
        'browser long tasks (longest)',
      ],
      pages.map((p) => [
        `${p.textBytes / 1e6} MB`,
        p.highlights,
        f(p.firstHighlightMs),
        f(p.mainThreadMs),
        f(p.longestTaskMs),
        p.slices,
        f(p.settleAfterBurstMs),
        f(p.burstMainThreadMs),
        f(p.contentHeapMB),
        `${p.browserLongTasks} (${f(p.browserLongestTaskMs)})`,
      ]),
    );
    const last = pages.at(-1)!;
    const contentHeap =
      last.contentHeapMB !== null && baseHeap !== null ? last.contentHeapMB - baseHeap : null;
    console.log(
      `  content script memory on the ${last.textBytes / 1e6} MB page: renderer heap ${f(last.contentHeapMB)} MB with highlighting, ${f(baseHeap)} MB with it off: ${f(contentHeap)} MB`,
    );
    const queries = buildQueries(lexicon, 40).map((q) => q.query);
    const popup = await bench.popup(queries);
    // After the pages (name list), the popup's searches and its lookups: the index as loaded in use.
    const backgroundHeap = await bench.backgroundHeapMB();
    const cold = await bench.serviceWorkerColdStart();
    const backgroundHeapCold = await bench.backgroundHeapMB();
    table(
      'Chromium: popup and service worker (ms)',
      ['measure', 'value'],
      [
        ['popup time to interactive (index validated, search ready)', f(popup.interactiveMs)],
        ['keystroke to first result, median', f(median(popup.firstResultMs))],
        ['keystroke to first result, p95', f(quantile(popup.firstResultMs, 0.95))],
        ['service worker cold start to first answer', f(cold)],
        [
          `popup heap MB after ${queries.length} searches (search index in memory)`,
          f(popup.heapMB),
        ],
        ['background heap MB after pages, searches and lookups (after GC)', f(backgroundHeap)],
        [
          'background heap MB after a cold start and one card lookup (after GC)',
          f(backgroundHeapCold),
        ],
      ],
    );
    results.browser = {
      pages,
      contentScriptHeapMB: contentHeap,
      rendererHeapWithoutHighlightingMB: baseHeap,
      popup: {
        interactiveMs: popup.interactiveMs,
        firstResultMedianMs: median(popup.firstResultMs),
        firstResultP95Ms: quantile(popup.firstResultMs, 0.95),
        heapMB: popup.heapMB,
      },
      serviceWorkerColdStartMs: cold,
      backgroundHeapMB: backgroundHeap,
      backgroundHeapAfterColdStartMB: backgroundHeapCold,
    };
  } finally {
    await bench.close();
  }
}

/** The content script's loader and matcher as they were at a commit (read with git), or null. */
async function loaderAt(commit: string): Promise<Loader | null> {
  const dir = join(ROOT, '.tmp', `bench-code-${commit}`);
  const files = [
    'drug-matcher.ts',
    'lexicon-file.ts',
    'index-schema.ts',
    'lexicon-types.ts',
    'normalize.ts',
    'clinical-context.ts',
  ];
  try {
    mkdirSync(dir, { recursive: true });
    for (const file of files)
      writeFileSync(
        join(dir, file),
        execSync(`git show ${commit}:src/core/${file}`, {
          cwd: ROOT,
          stdio: ['ignore', 'pipe', 'ignore'],
        }),
      );
    const { DrugMatcher: Matcher } = (await import(
      join(dir, 'drug-matcher.ts')
    )) as typeof import('../src/core/drug-matcher');
    const { lexiconFromFile: load } = (await import(
      join(dir, 'lexicon-file.ts')
    )) as typeof import('../src/core/lexicon-file');
    return (raw) => new Matcher(load(JSON.parse(raw)));
  } catch {
    return null; // no git history (a source archive): the column says n/a
  }
}
type Loader = (raw: string) => { find(text: string): unknown[] };

/**
 * The vocabulary as the content script gets it, before the complete vocabulary (#16: the code and
 * the lexicon of commit 7a08d65f; the lexicon is kept in bench/baseline, the code is read with git)
 * and today: size, load (JSON.parse + lexiconFromFile + DrugMatcher, what the content script runs
 * at every page load), the heap that stays after a GC, and the matcher's speed on the same text.
 * The middle column loads the old lexicon with today's code: the part of a change due to the data.
 */
async function vocabulary() {
  setFlagsFromString('--expose_gc');
  const gc = runInNewContext('gc') as () => void;
  const text = clinicalText(DATA, 1_000_000);
  const today: Loader = (raw) => new DrugMatcher(lexiconFromFile(JSON.parse(raw)));
  const measure = (raw: string, load: Loader | null) => {
    if (!load) return null;
    // Best of 25, each after a full GC, so that one run's garbage is not the next run's pause.
    let loadMs = Infinity;
    let matcher = load(raw);
    for (let i = 0; i < 25; i++) {
      gc();
      const t0 = performance.now();
      matcher = load(raw);
      loadMs = Math.min(loadMs, performance.now() - t0);
    }
    matcher.find(text.slice(0, 50_000));
    const speed = time(() => matcher.find(text), 5);
    // Retained heap: one loaded matcher kept alive across a full GC, against none.
    gc();
    const before = process.memoryUsage().heapUsed;
    const kept = [load(raw)];
    gc();
    const heapMB = (process.memoryUsage().heapUsed - before) / 2 ** 20;
    kept.length = 0;
    const file = JSON.parse(raw) as { drugs: unknown[]; names: unknown[] };
    return {
      drugs: file.drugs.length,
      names: file.names.length,
      rawKB: Buffer.byteLength(raw) / 1024,
      gzipKB: gzipSync(raw).length / 1024,
      loadMs,
      heapMB,
      matcherMBs: text.length / 1e6 / (speed.ms / 1000),
    };
  };
  const oldRaw = gunzipSync(
    readFileSync(join(ROOT, 'bench', 'baseline', 'lexicon-before-16.json.gz')),
  ).toString('utf8');
  const before = measure(oldRaw, await loaderAt('7a08d65f'));
  // (the baseline lexicon is of index schema version 3; version 4 changed only the drug shards'
  // label fields, so today's code reads it as its own version)
  const oldData = measure(
    oldRaw.replace(/"schemaVersion":\s*3\b/, `"schemaVersion":${SCHEMA_VERSION}`),
    today,
  )!;
  const now = measure(readFileSync(join(DATA, 'lexicon.json'), 'utf8'), today)!;
  const row = (label: string, key: keyof typeof now, d: number) => [
    label,
    f(before?.[key], d),
    f(oldData[key], d),
    f(now[key], d),
    before ? f(now[key] / before[key], 2) + 'x' : 'n/a',
  ];
  table(
    'Vocabulary in the content script (Node: parse + matcher build, retained heap after GC, matcher on the same text)',
    ['', 'before #16', "old lexicon, today's code", 'today', 'today ÷ before'],
    [
      row('drugs', 'drugs', 0),
      row('names', 'names', 0),
      row('lexicon.json KB', 'rawKB', 0),
      row('lexicon.json KB gzip', 'gzipKB', 0),
      row('load ms (best of 25)', 'loadMs', 1),
      row('retained heap MB', 'heapMB', 1),
      row('matcher MB/s', 'matcherMBs', 1),
    ],
  );
  results.vocabulary = { before, oldLexiconTodaysCode: oldData, now };
}

async function main() {
  if (!existsSync(join(ROOT, 'dist', 'manifest.json')))
    execSync('npx vite build --logLevel warn', { cwd: ROOT, stdio: 'inherit' });
  const lexicon = lexiconFromFile(JSON.parse(readFileSync(join(DATA, 'lexicon.json'), 'utf8')));
  const versions = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'))
    .packages as Record<string, { version: string }>;
  let chromium = 'n/a';
  try {
    chromium = execSync('/usr/bin/chromium --version', {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    /* reported as n/a */
  }
  results.machine = {
    cpus: cpus().length,
    cpu: cpus()[0]?.model,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    chromium,
  };
  results.versions = Object.fromEntries(
    ['fuse.js', 'preact', 'vite', 'playwright-core', 'typescript'].map((p) => [
      p,
      versions[`node_modules/${p}`]?.version,
    ]),
  );
  results.date = new Date().toISOString();
  results.mode = short ? 'short' : 'full';
  console.log(
    `Rx Evidence Lens bench (${results.mode}) on ${results.machine && (results.machine as { cpu: string }).cpu}, Node ${process.version}, ${chromium}`,
  );
  detection(lexicon);
  await vocabulary();
  search(lexicon);
  sizes();
  await inBrowser(lexicon);
  const out = short
    ? join(ROOT, '.tmp', 'bench-short.json')
    : join(ROOT, 'bench', 'results', 'latest.json');
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, JSON.stringify(results, null, 2) + '\n');
  console.log(`\nresults: ${out.slice(ROOT.length + 1)}`);
}

main().catch((error: unknown) => {
  console.error(`bench failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
});
