// npm run data: reads ../shared/data and writes the bundled index under public/data/.
// Deterministic: the same sources give byte-identical files (no clock, sorted keys and rows).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, rmSync, writeFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { DrugMatcher } from '../src/core/drug-matcher';
import {
  ClassesFileSchema,
  ConditionsFileSchema,
  DrugEntrySchema,
  InteractionFileSchema,
  LexiconFileSchema,
  MAX_OTHER_LABELS,
  MetaFileSchema,
  SCHEMA_VERSION,
  parseIndexFile,
  type DrugEntry,
  type LexiconFile,
  type MetaFile,
} from '../src/core/index-schema';
import type { Lexicon } from '../src/core/lexicon-types';
import { normalizeName } from '../src/core/normalize';
import { stableStringify } from '../src/core/stable-json';
import { AmbiguityRules } from './ambiguity';
import { buildClasses, classDisplayName, markNotInGuidelines } from './build-classes';
import { buildConditions } from './build-conditions';
import { linkGuidelines, readGuidelines } from './build-guidelines';
import { otherProductSentences } from './other-product';
import {
  chooseLabel,
  condenseLabel,
  dailyMedUrl,
  isoDate,
  labelProductTypes,
  labelRoutes,
  labelTitle,
} from './build-labels';
import { buildClassesFile, buildInteractions, type InteractionInput } from './build-interactions';
import { buildLexicon } from './build-lexicon';
import { CLASS_PHRASES } from './class-phrases';
import { isAnimalStudy, linkStudies, rankStudies } from './build-research';
import { readResearch } from './read-research';
import { coverageReport } from './coverage-report';
import type { RawLabel } from './label-types';
import { DEFAULT_DATA_DIR, listFiles, readJsonl, readText, readTsv } from './sources';

const ROOT = join(import.meta.dirname, '..');
// Enough that a question's condition still finds its statements and studies after ranking;
// the view shows the best few and lets the reader expand the rest.
const MAX_STUDIES = 30;
const MAX_GUIDELINES = 40;

export function buildIndex(dataDir: string, outDir: string): { report: string } {
  const labels = readJsonl<RawLabel>(join(dataDir, 'labels', 'labels.jsonl.gz'));
  const rules = new AmbiguityRules(
    readTsv(join(ROOT, 'pipeline', 'curated', 'context-only.tsv')).map((r) => r.name!),
  );
  const research = readResearch(join(dataDir, 'research'));
  const human = research.studies.filter((s) => !isAnimalStudy(s));
  const lex = buildLexicon(
    dataDir,
    labels,
    join(ROOT, 'pipeline', 'curated'),
    rules,
    human.flatMap((s) => s.arms.flatMap((a) => [a.intervention, a.comparator])),
  );

  const drugIds = [...lex.drugs.keys()].sort();
  const drugIndex = new Map(drugIds.map((id, i) => [id, i]));
  const names = [...lex.names.values()].sort(
    (a, b) =>
      normalizeName(a.text).localeCompare(normalizeName(b.text)) || a.text.localeCompare(b.text),
  );
  const lexicon: Lexicon = {
    drugs: drugIds.map((id) => ({
      id,
      name: lex.drugs.get(id)!.name,
      cls: '',
      rank: lex.drugs.get(id)!.top300Rank ?? 0,
    })),
    names: names.map((n) => ({
      text: n.text,
      drugs: n.drugIds.map((d) => drugIndex.get(d)!),
      kind: n.kind,
      flags: n.flags,
    })),
    // Phrases that start like a drug name but are not one (curated/not-drugs.tsv).
    stops: readTsv(join(ROOT, 'pipeline', 'curated', 'not-drugs.tsv'))
      .map((r) => r.phrase!)
      .sort(),
  };
  const matcher = new DrugMatcher(lexicon);

  const studyLinks = linkStudies(research.studies, matcher);
  const classes = buildClasses(labels, lex.labelIngredients, research.studies, matcher);
  markNotInGuidelines(
    classes,
    readTsv(join(ROOT, 'pipeline', 'curated', 'class-members-not-in-guidelines.tsv')).map((r) => ({
      class: r.class!,
      drug: r.drug!,
      why: r.why!,
    })),
  );
  const guidelines = readGuidelines(join(dataDir, 'guidelines'), research.guidelineRecords);
  const guidelineLinks = linkGuidelines(guidelines.statements, matcher, classes);
  const labelsById = new Map(labels.map((l) => [l.set_id, l]));

  rmSync(join(outDir, 'drugs'), { recursive: true, force: true });
  rmSync(join(outDir, 'search-index.json'), { force: true }); // dropped in 0.2: trigrams are built at load
  mkdirSync(join(outDir, 'drugs'), { recursive: true });
  const entries: DrugEntry[] = [];
  const chosenLabels: InteractionInput['labels'] = new Map();
  for (const id of drugIds) {
    const draft = lex.drugs.get(id)!;
    const own = names.filter((n) => n.drugIds.includes(id) && normalizeName(n.text) !== draft.name);
    // (a group has no label of its own: "iron" alone names combination and homeopathic products)
    const candidates = draft.groupOf.length ? [] : draft.labelSetIds.map((s) => labelsById.get(s)!);
    const count = (l: RawLabel) => lex.labelIngredients.get(l.set_id)?.length ?? 1;
    const chosen = chooseLabel(candidates, count, { preferOral: true });
    const membership = classes.get(id);
    // Interactions are read only from single-ingredient labels: a combination label's
    // warnings may come from its other ingredient (amoxicillin's triple pack and statins).
    const single = chooseLabel(
      candidates.filter((l) => count(l) === 1),
      count,
    );
    if (single) {
      chosenLabels.set(id, {
        label: single,
        ingredients: lex.labelIngredients.get(single.set_id) ?? [],
        title: labelTitle(single),
        url: dailyMedUrl(single.set_id),
        effectiveDate: isoDate(single.effective_time),
      });
    }
    const entry: DrugEntry = {
      schemaVersion: SCHEMA_VERSION,
      id,
      name: draft.name,
      brands: unique(
        own.filter((n) => n.kind === 'brand' && n.drugIds.length === 1).map((n) => n.text),
      ),
      synonyms: unique(
        own.filter((n) => n.kind === 'synonym' || n.kind === 'salt').map((n) => n.text),
      ),
      abbreviations: unique(own.filter((n) => n.kind === 'abbreviation').map((n) => n.text)),
      rxcui: draft.rxcui,
      unii: draft.unii,
      classes: [
        ...(membership?.epc ?? []).slice(0, 3).map((c) => ({
          name: classDisplayName(c),
          source: 'FDA Established Pharmacologic Class',
        })),
        ...[...(membership?.phrases ?? [])]
          .filter(([, src]) => !src.startsWith('FDA label'))
          .map(([key, src]) => ({ name: key, source: src })),
      ],
      reviewStatus: 'Submitted',
      label: chosen
        ? condenseLabel(
            chosen,
            count(chosen) > 1,
            candidates
              .filter((l) => l !== chosen && count(l) === 1)
              .sort((a, b) => a.set_id.localeCompare(b.set_id)),
            (l, text) =>
              otherProductSentences(
                text,
                {
                  ingredients: lex.labelIngredients.get(l.set_id) ?? [],
                  names: Object.entries(l.openfda)
                    .filter(([k]) => /^(?:brand|generic|substance)_name$/.test(k))
                    .flatMap(([, v]) => v ?? []),
                },
                matcher,
              ),
          )
        : null,
      otherLabels: candidates
        .filter((l) => l !== chosen)
        .sort(
          (a, b) =>
            count(a) - count(b) ||
            (b.effective_time ?? '').localeCompare(a.effective_time ?? '') ||
            a.set_id.localeCompare(b.set_id),
        )
        .slice(0, MAX_OTHER_LABELS)
        .map((l) => ({
          setId: l.set_id,
          title: labelTitle(l),
          effectiveDate: isoDate(l.effective_time),
          url: dailyMedUrl(l.set_id),
          routes: labelRoutes(l),
          productTypes: labelProductTypes(l),
        })),
      guidelines: rankGuidelines(guidelineLinks.get(id) ?? []).slice(0, MAX_GUIDELINES),
      research: rankStudies(studyLinks.get(id) ?? [], MAX_STUDIES),
      ...(draft.groupOf.length
        ? { groupOf: draft.groupOf.map((m) => ({ id: m, name: lex.drugs.get(m)!.name })) }
        : {}),
    };
    // Class phrase keys are shown by their label.
    entry.classes = entry.classes.map((c) => ({ ...c, name: phraseLabel(c.name) }));
    parseIndexFile(DrugEntrySchema, entry, `drugs/${id}.json`);
    entries.push(entry);
    writeFileSync(join(outDir, 'drugs', `${id}.json`), stableStringify(entry));
    lexicon.drugs[drugIndex.get(id)!]!.cls = entry.classes[0]?.name ?? '';
  }

  const lexiconFile: LexiconFile = {
    schemaVersion: SCHEMA_VERSION,
    drugs: lexicon.drugs.map((d) => [d.id, d.name, d.cls, d.rank]),
    names: lexicon.names.map((n) => [n.text, n.drugs, n.kind, n.flags]),
    stops: lexicon.stops,
  };
  parseIndexFile(LexiconFileSchema, lexiconFile, 'lexicon.json');
  writeFileSync(join(outDir, 'lexicon.json'), stableStringify(lexiconFile));

  const conditions = buildConditions(dataDir, join(ROOT, 'pipeline', 'curated'), SCHEMA_VERSION);
  parseIndexFile(ConditionsFileSchema, conditions, 'conditions.json');
  writeFileSync(join(outDir, 'conditions.json'), stableStringify(conditions));

  const classesFile = buildClassesFile(classes, SCHEMA_VERSION);
  parseIndexFile(ClassesFileSchema, classesFile, 'classes.json');
  writeFileSync(join(outDir, 'classes.json'), stableStringify(classesFile));
  rmSync(join(outDir, 'interactions'), { recursive: true, force: true });
  mkdirSync(join(outDir, 'interactions'), { recursive: true });
  const interactions = buildInteractions({
    drugIds,
    labels: chosenLabels,
    classes,
    groups: new Map(
      [...lex.drugs.values()].filter((d) => d.groupOf.length).map((d) => [d.id, d.groupOf]),
    ),
    matcher,
    schemaVersion: SCHEMA_VERSION,
  });
  let interactionPairs = 0;
  for (const [id, file] of interactions) {
    parseIndexFile(InteractionFileSchema, file, `interactions/${id}.json`);
    interactionPairs += Object.keys(file.pairs).length;
    writeFileSync(join(outDir, 'interactions', `${id}.json`), stableStringify(file));
  }

  const files: Record<string, string> = {};
  const hashAll = createHash('sha256');
  const listDir = (dir: string) =>
    readdirSync(join(outDir, dir))
      .sort()
      .map((d) => `${dir}/${d}`);
  for (const f of [
    'lexicon.json',
    'classes.json',
    'conditions.json',
    ...listDir('drugs'),
    ...listDir('interactions'),
  ]) {
    const bytes = readFileSync(join(outDir, f));
    hashAll.update(f).update(bytes);
    if (!f.includes('/')) files[f] = sha256(bytes);
  }
  const meta: MetaFile = {
    schemaVersion: SCHEMA_VERSION,
    buildDate: stagedDate(dataDir),
    sources: sourceVersions(dataDir, research.files, guidelines.files, labels.length),
    counts: {
      drugs: entries.length,
      names: lexicon.names.length,
      drugsWithLabel: entries.filter((e) => e.label).length,
      drugsWithResearch: entries.filter((e) => e.research.length).length,
      drugsWithGuidelines: entries.filter((e) => e.guidelines.length).length,
      studies: research.studies.length,
      guidelineStatements: guidelines.statements.length,
      drugsWithInteractionLabel: chosenLabels.size,
      interactionPairs,
      conditionConcepts: conditions.concepts.length,
      conditionTerms: conditions.terms.length,
    },
    files,
    checksum: hashAll.digest('hex'),
  };
  parseIndexFile(MetaFileSchema, meta, 'meta.json');
  writeFileSync(join(outDir, 'meta.json'), stableStringify(meta, 2) + '\n');
  const report = coverageReport({
    entries,
    lexicon,
    matcher,
    topDrugs: lex.topDrugs,
    meta,
    outDir,
    warnings: lex.warnings,
    studyIds: new Set(research.studies.map((s) => s.id)),
    drugSources: new Map([...lex.drugs].map(([id, d]) => [id, d.sources])),
    nameSources: new Map([...lex.names].map(([key, n]) => [key, n.source])),
  });
  return { report };
}

function phraseLabel(key: string): string {
  return CLASS_PHRASES.find((p) => p.key === key)?.label ?? key;
}

// Which statements a drug keeps when it has more than MAX_GUIDELINES: those that name the drug
// before those that reach it through a class (eluxadoline's own IBS statements were crowded out by
// forty published statements on opioids). The view re-sorts what is kept: about the asked
// condition first, then published text before summaries.
function rankGuidelines(list: DrugEntry['guidelines']): DrugEntry['guidelines'] {
  return [...list].sort(
    (a, b) =>
      Number(a.superseded) - Number(b.superseded) ||
      Number(a.via !== 'drug') - Number(b.via !== 'drug') ||
      Number(a.kind !== 'published') - Number(b.kind !== 'published') ||
      (b.year ?? 0) - (a.year ?? 0) ||
      a.guidelineId.localeCompare(b.guidelineId) ||
      (a.number ?? '').localeCompare(b.number ?? '', undefined, { numeric: true }),
  );
}

const unique = (xs: string[]) => [...new Set(xs)].sort((a, b) => a.localeCompare(b));
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** The data's own date: the latest "staged" date its SOURCES.md files give. */
function stagedDate(dataDir: string): string {
  const dates = ['lexicon', 'labels', 'research', 'guidelines', 'conditions'].flatMap((d) =>
    [
      ...readText(join(dataDir, d, 'SOURCES.md')).matchAll(
        /[Ss]taged (?:on )?(\d{4}-\d{2}-\d{2})/g,
      ),
    ].map((m) => m[1]!),
  );
  return dates.sort().at(-1) ?? '1970-01-01';
}

function sourceVersions(
  dataDir: string,
  researchFiles: { name: string; records: number }[],
  guidelineFiles: { name: string; records: number }[],
  labelCount: number,
): MetaFile['sources'] {
  const folder = (name: string, files: string[], records: number) => {
    const hash = createHash('sha256');
    for (const f of files) hash.update(f).update(readFileSync(join(dataDir, name, f)));
    const dates = [
      ...readText(join(dataDir, name, 'SOURCES.md')).matchAll(
        /[Ss]taged (?:on )?(\d{4}-\d{2}-\d{2})/g,
      ),
    ]
      .map((m) => m[1]!)
      .sort();
    return {
      name,
      files,
      version: `sha256:${hash.digest('hex').slice(0, 16)}`,
      date: dates.at(-1) ?? '',
      records,
    };
  };
  const lexiconFiles = listFiles(join(dataDir, 'lexicon'), /\.tsv$/).map((f) =>
    f.split('/').at(-1)!,
  );
  return [
    folder('lexicon', lexiconFiles, 0),
    folder('labels', ['labels.jsonl.gz'], labelCount),
    folder(
      'research',
      researchFiles.map((f) => f.name),
      researchFiles.reduce((n, f) => n + f.records, 0),
    ),
    folder(
      'guidelines',
      guidelineFiles.map((f) => f.name),
      guidelineFiles.reduce((n, f) => n + f.records, 0),
    ),
    folder(
      'conditions',
      listFiles(join(dataDir, 'conditions'), /\.tsv$/).map((f) => f.split('/').at(-1)!),
      0,
    ),
  ];
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').at(-1)!)) {
  const dataDir = process.env.RXLENS_DATA_DIR ?? DEFAULT_DATA_DIR;
  const outDir = join(ROOT, 'public', 'data');
  mkdirSync(outDir, { recursive: true });
  const started = Date.now();
  const { report } = buildIndex(dataDir, outDir);
  writeFileSync(join(ROOT, 'docs', 'COVERAGE.md'), report);
  console.log(report);
  console.log(
    `\nIndex written to public/data in ${((Date.now() - started) / 1000).toFixed(1)} s; report in docs/COVERAGE.md`,
  );
}
