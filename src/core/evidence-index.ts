// The bundled index behind one interface for every context: the background and popup read
// it with fetch from the extension's own files, the CLI tools from disk. Files are loaded
// lazily and checked against the schema; a broken index gives an IndexError with a message
// meant for the user.
import { namesEvery } from './brand-label';
import { DrugMatcher } from './drug-matcher';
import { ANSWER_MAX_SCORE, answersQuery, DrugSearch, type SearchResult } from './drug-search';
import { assembleEvidence, type AssembleOptions } from './evidence';
import type { EvidenceSummary, Reader } from './evidence-types';
import { findInteractions, type InteractionReport } from './interactions';
import { joinSummaries } from './several-conditions';
import { askedAspect } from './label-aspect';
import {
  causeOpening,
  ConditionVocabulary,
  LIST_SEPARATOR,
  type ResolvedCondition,
} from './conditions';
import {
  ClassesFileSchema,
  ConditionsFileSchema,
  DrugEntrySchema,
  InteractionFileSchema,
  type ClassesFile,
  type InteractionFile,
  IndexError,
  MetaFileSchema,
  parseIndexFile,
  type DrugEntry,
  type LexiconFile,
  type MetaFile,
} from './index-schema';
import { lexiconFromFile } from './lexicon-file';
import { DRUG_ID } from './normalize';
import type { Lexicon } from './lexicon-types';
import { headSplits, parseQuestion, questionHead } from './question';
import { formAsked } from './product-form';
import { classNamedBy, type ClassNamed } from './class-names';

/** Reads one file of the index (path relative to the data folder) and parses its JSON. */
export type IndexReader = (path: string) => Promise<unknown>;

export type LookupResult =
  | { ok: true; summary: EvidenceSummary; matched: SearchResult | null }
  | {
      ok: false;
      error: string;
      suggestions: SearchResult[];
      /** set when the query named a class: the suggestions are its members, not near spellings */
      classOf?: string;
    };

export class EvidenceIndex {
  private meta: MetaFile | null = null;
  private lexicon: Lexicon | null = null;
  private lexiconRaw: unknown = null;
  private matcher: DrugMatcher | null = null;
  private searcher: DrugSearch | null = null;
  private readonly drugs = new Map<string, DrugEntry>();
  private readonly interactionRows = new Map<string, InteractionFile>();
  /** ids in the lexicon, for membership checks without scanning 2,000+ drugs */
  private drugIds = new Set<string>();
  private classes: ClassesFile | null = null;
  private conditions: Promise<ConditionVocabulary> | null = null;

  constructor(private readonly read: IndexReader) {}

  private async load<T>(path: string, parse: (data: unknown) => T): Promise<T> {
    let data: unknown;
    try {
      data = await this.read(path);
    } catch (error) {
      throw new IndexError(
        `The evidence index file ${path} is missing or unreadable (${(error as Error).message}). Reinstall the extension or rebuild the data with npm run data.`,
        path,
      );
    }
    return parse(data);
  }

  async getMeta(): Promise<MetaFile> {
    this.meta ??= await this.load('meta.json', (d) =>
      parseIndexFile(MetaFileSchema, d, 'meta.json'),
    );
    return this.meta;
  }

  async getLexicon(): Promise<Lexicon> {
    if (!this.lexicon) {
      await this.getMeta();
      this.lexicon = await this.load('lexicon.json', (d) => {
        try {
          const lexicon = lexiconFromFile(d);
          this.lexiconRaw = d;
          this.drugIds = new Set(lexicon.drugs.map((drug) => drug.id));
          return lexicon;
        } catch (error) {
          throw error instanceof IndexError
            ? error
            : new IndexError((error as Error).message, 'lexicon.json');
        }
      });
    }
    return this.lexicon;
  }

  /** The validated lexicon file as read, to hand to content scripts unchanged. */
  async getLexiconFile(): Promise<LexiconFile> {
    await this.getLexicon();
    return this.lexiconRaw as LexiconFile;
  }

  async getMatcher(): Promise<DrugMatcher> {
    this.matcher ??= new DrugMatcher(await this.getLexicon());
    return this.matcher;
  }

  async getSearch(): Promise<DrugSearch> {
    this.searcher ??= new DrugSearch(await this.getLexicon());
    return this.searcher;
  }

  async getDrug(id: string): Promise<DrugEntry | null> {
    if (!DRUG_ID.test(id)) return null;
    const cached = this.drugs.get(id);
    if (cached) return cached;
    await this.getLexicon();
    if (!this.drugIds.has(id)) return null;
    const entry = await this.load(`drugs/${id}.json`, (d) =>
      parseIndexFile(DrugEntrySchema, d, `drugs/${id}.json`),
    );
    if (entry.id !== id)
      throw new IndexError(`drugs/${id}.json holds the entry of ${entry.id}`, `drugs/${id}.json`);
    this.drugs.set(id, entry);
    return entry;
  }

  async getClasses(): Promise<ClassesFile> {
    this.classes ??= await this.load('classes.json', (d) =>
      parseIndexFile(ClassesFileSchema, d, 'classes.json'),
    );
    return this.classes;
  }

  /** The condition vocabulary, loaded the first time a question names a condition. */
  getConditions(): Promise<ConditionVocabulary> {
    this.conditions ??= this.load(
      'conditions.json',
      (d) => new ConditionVocabulary(parseIndexFile(ConditionsFileSchema, d, 'conditions.json')),
    ).catch((error: unknown) => {
      this.conditions = null; // a later question tries again
      throw error;
    });
    return this.conditions;
  }

  /** The condition as the vocabulary knows it: the question's own words first, then the cleaned ones. */
  async resolveCondition(
    condition: string | null,
    words: string | null = null,
  ): Promise<ResolvedCondition | null> {
    if (!condition) return null;
    const vocabulary = await this.getConditions();
    return (words ? vocabulary.resolve(words) : null) ?? vocabulary.resolve(condition);
  }

  /** What a drug's label says about other drugs (an empty row when it has no label). */
  async getInteractionRow(id: string): Promise<InteractionFile | null> {
    await this.getLexicon();
    if (!DRUG_ID.test(id) || !this.drugIds.has(id)) return null;
    const cached = this.interactionRows.get(id);
    if (cached) return cached;
    const path = `interactions/${id}.json`;
    const row = await this.load(path, (d) => parseIndexFile(InteractionFileSchema, d, path));
    if (row.id !== id) throw new IndexError(`${path} holds the row of ${row.id}`, path);
    this.interactionRows.set(id, row);
    return row;
  }

  /**
   * Every pair among the drugs, from the pairwise table; unknown ids are refused, not guessed. A
   * group ("calcium", the salt unsaid) is read as itself and as each of its members ("calcium
   * carbonate" in levothyroxine's label); its own lack of a label is no gap, its members' are read.
   */
  async interactions(drugIds: string[]): Promise<InteractionReport> {
    await this.getLexicon();
    const unknown = drugIds.filter((id) => !this.drugIds.has(id));
    if (unknown.length) throw new Error(`Not in the index: ${unknown.join(', ')}`);
    const rows = new Map<string, InteractionFile | null>();
    const read = async (id: string) => {
      const row = await this.getInteractionRow(id);
      rows.set(id, row?.label ? row : null);
    };
    const groups = new Map<string, { id: string; name: string }[]>();
    for (const id of drugIds) {
      await read(id);
      // (a group has no label of its own: only then is the drug's entry loaded to learn it)
      const members = rows.get(id) ? undefined : (await this.getDrug(id))?.groupOf;
      if (!members?.length) continue;
      groups.set(id, members);
      for (const m of members) await read(m.id);
    }
    return findInteractions(drugIds, rows, await this.getClasses(), groups);
  }

  /** What the labels say of two drugs taken together (a group's members named as they are). */
  private async taken(
    drugId: string,
    other: string,
  ): Promise<NonNullable<AssembleOptions['interaction']>> {
    const report = await this.interactions([drugId, other]);
    const members = Object.entries(report.memberNames).map(([id, name]) => ({ id, name }));
    const name = (await this.getDrug(other))?.name ?? other;
    return { other: { id: other, name }, members, report };
  }

  async search(query: string, limit = 10): Promise<SearchResult[]> {
    return (await this.getSearch()).search(query, limit);
  }

  /** A drug name or a question ("baclofen for back pain") to an evidence summary. */
  async lookup(query: string, reader: Reader = 'clinician'): Promise<LookupResult> {
    const trimmed = query.trim();
    if (!trimmed)
      return {
        ok: false,
        error: 'Type a drug name or a question, for example "baclofen for back pain".',
        suggestions: [],
      };
    if (trimmed.length > 500)
      return {
        ok: false,
        error: 'The query is longer than 500 characters; ask about one drug at a time.',
        suggestions: [],
      };
    const question = parseQuestion(trimmed, await this.getMatcher());
    if (question.causedBy) {
      // (the drug itself stays one click away: its summary has the label's overdose and
      // warnings sections)
      const own = (await this.search(question.causedBy, 1)).slice(0, 1);
      return {
        ok: false,
        error: `"${trimmed}" is about a condition that involves ${question.causedBy}, not a drug to look up for it: ask about the drug you have in mind ("<drug> for ${trimmed}"), or open ${question.causedBy} itself.`,
        suggestions: own,
      };
    }
    let matched: SearchResult | null = null;
    let drugId = question.drugId;
    let { condition, conditionWords, safety } = question;
    // (words that name a second drug and also a condition are read as the condition: "amiodarone
    // thyroid" asks about the thyroid, not desiccated thyroid; "testosterone for low testosterone")
    let withDrug = question.withDrug;
    // (...except after "with", which asks about taking them together, and a group of salts after
    // "and": "doxycycline with iron", "doxycycline and iron" are not about disorders of iron)
    const joiner = /^\s*(?:(?:together\s+)?with|and|plus)\b/i.exec(
      withDrug?.orCondition.conditionWords ?? '',
    )?.[0];
    const takenWith = /with/i.test(joiner ?? '');
    const isGroup = async (id: string | null) => Boolean(id && (await this.getDrug(id))?.groupOf);
    if (
      withDrug &&
      !takenWith &&
      !(joiner && (await isGroup(withDrug.drugId))) &&
      (await this.resolveCondition(
        withDrug.orCondition.condition,
        withDrug.orCondition.conditionWords,
      ))
    ) {
      ({ condition, conditionWords, safety } = withDrug.orCondition);
      withDrug = undefined;
    }
    // (a drug or a class of them asked "for" is its use disorder: "naltrexone for alcohol",
    // "varenicline for nicotine", "naltrexone for opioids")
    const forWhat = withDrug
      ? /^\s*for\b/i.test(withDrug.orCondition.conditionWords ?? '') && withDrug.text
      : condition &&
        /^\s*for\s+\S+\s*$/i.test(conditionWords ?? '') &&
        !(await this.resolveCondition(condition, conditionWords)) &&
        condition.replace(/s$/i, '');
    if (forWhat) {
      for (const kind of ['use disorder', 'dependence']) {
        const words = `${forWhat} ${kind}`;
        if (await this.resolveCondition(words, words)) {
          condition = conditionWords = words;
          withDrug = undefined;
          break;
        }
      }
    }
    // (alcohol taken with a name the matcher does not know, "nyquil with alcohol", asks about that
    // name: it is searched as the drug, with alcohol asked beside it; a name not found is said so)
    if (
      drugId === 'alcohol' &&
      !withDrug &&
      condition &&
      /\b(?:with|and|on|plus)\b/i.test(conditionWords ?? '') &&
      !(await this.resolveCondition(condition, conditionWords))
    ) {
      const name = condition.replace(DRINKING, ' ').replace(/\s+/g, ' ').trim();
      const found = name ? await this.search(name, 5) : [];
      if (!found[0] || !answersQuery(name, found))
        return {
          ok: false,
          error: `"${name || condition}" is not in the index, so what its label says of alcohol cannot be shown.`,
          suggestions: found,
        };
      matched = found[0];
      drugId = matched.drugId;
      withDrug = {
        text: 'alcohol',
        drugId: 'alcohol',
        orCondition: { condition: null, conditionWords: null },
      };
      condition = conditionWords = null;
      safety = undefined;
    }
    // (words before "for" that answer a drug by search come before a name found after it)
    if (question.instead) {
      const results = await this.search(question.instead.drugText, 5);
      if (results[0] && answersQuery(question.instead.drugText, results)) {
        matched = results[0];
        drugId = matched.drugId;
        ({ condition, conditionWords } = question.instead);
        safety = undefined;
      }
    }
    if (!matched) {
      const cls = await this.classNamed(trimmed, question.drugText, drugId !== null);
      if (cls) return this.classAnswer(cls);
    }
    if (!drugId) {
      // (no name known and no connector: the first words may be a misspelled drug or a class, the
      // rest the condition, "lisinoprl cough", "statin muscle pain")
      for (const split of headSplits(trimmed)) {
        const cls = classNamedBy(split.head, await this.getClasses());
        if (cls) return this.classAnswer(cls);
        const found = await this.search(split.head, 5);
        if (found[0] && answersQuery(split.head, found)) {
          matched = found[0];
          drugId = matched.drugId;
          ({ condition, conditionWords } = split);
          safety = split.safety;
          break;
        }
      }
    }
    if (!drugId) {
      const results = await this.search(question.drugText, 5);
      if (!results[0] || !answersQuery(question.drugText, results)) {
        return {
          ok: false,
          error:
            results[0] && results[0].score <= ANSWER_MAX_SCORE
              ? `No drug in the index is named "${question.drugText}"; the nearest names are not close enough to answer for it.`
              : `"${question.drugText}" is not in the index.`,
          suggestions: results.length
            ? results
            : await this.search(question.drugText.slice(0, 4), 5),
        };
      }
      matched = results[0];
      drugId = matched.drugId;
    }
    const product = await this.productNamed(
      matched ? matched.matched : question.drugText,
      matched ? null : (question.drugIds ?? null),
    );
    // A product named by its ingredients ("fluticasone/salmeterol") is answered by the ingredient
    // whose label is that combination's, where one is.
    if (product && question.pair && !matched) {
      for (const id of question.drugIds ?? []) {
        const label = (await this.getDrug(id))?.label;
        if (label?.combination && namesEvery(label.title, product.ingredients)) {
          drugId = id;
          break;
        }
      }
    }
    const brand = matched
      ? matched.kind === 'brand'
        ? matched.matched
        : undefined
      : question.brand;
    // (another drug asked with it: what their labels say of each other)
    const other = withDrug?.drugId;
    const interaction = other && other !== drugId ? await this.taken(drugId, other) : undefined;
    // (a drug the patient takes beside the condition: what their labels say of each other, with
    // the note on the condition)
    // (each one the index knows, and not the drug itself: else none is read)
    const takenIds = (question.alsoTaking ?? []).map((t) => t.drugId);
    const known = takenIds.filter((id): id is string => id !== null && id !== drugId);
    const alsoTaking =
      !interaction && known.length && known.length === takenIds.length && condition
        ? await Promise.all([...new Set(known)].map((id) => this.taken(drugId, id)))
        : undefined;
    // (a part of the label asked about, and nothing else: "metformin side effects")
    const aspect =
      interaction || (condition && (await this.resolveCondition(condition, conditionWords)))
        ? null
        : askedAspect(trimmed, matched?.matched ?? question.drugText);
    if (aspect) {
      condition = conditionWords = null;
      safety = undefined;
    }
    const options = {
      ...(aspect ? { aspect } : {}),
      query: trimmed,
      ...(interaction ? { interaction } : {}),
      ...(alsoTaking ? { alsoTaking } : {}),
      condition,
      conditionWords,
      reader,
      matched,
      product,
      ...(brand ? { brand } : {}),
      ...(safety ? { safety } : {}),
      ...(question.route ? { route: question.route } : {}),
      ...(question.besideDrug ? { besideDrug: question.besideDrug } : {}),
    };
    // Two conditions asked at once ("sertraline for depression and anxiety"): each is answered.
    const parts =
      condition && !interaction && !(await this.resolveCondition(condition, conditionWords))
        ? await this.conditionsIn(condition)
        : null;
    return parts && condition
      ? this.summaryForEach(drugId, { ...options, condition }, parts)
      : this.summaryFor(drugId, options);
  }

  /**
   * The conditions a phrase joins with "and", "or" or commas, where it names two or three. Not
   * where words after the last may belong to all ("nausea and vomiting of pregnancy").
   */
  private async conditionsIn(condition: string): Promise<string[] | null> {
    const split = condition.split(new RegExp(LIST_SEPARATOR, 'i'));
    if (split.length < 2 || split.length > 3) return null;
    // A cause before the first belongs to all ("chemotherapy-induced nausea and vomiting": the
    // vomiting is the chemotherapy's too, and a label for postoperative vomiting no answer)
    const cause = causeOpening(split[0]!);
    const parts = cause
      ? split.map((part, i) => (i === 0 || causeOpening(part) ? part : `${cause}${part}`))
      : split;
    if (
      /\b(?:of|in|after|during|with|without|due to|from|caused by|associated with)\b/i.test(
        parts.at(-1)!,
      )
    )
      return null;
    for (const part of parts) if (!part || !(await this.resolveCondition(part, part))) return null;
    return parts;
  }

  /** One summary for several conditions (core/several-conditions.ts). */
  private async summaryForEach(
    drugId: string,
    options: Parameters<EvidenceIndex['summaryFor']>[1] & { condition: string },
    parts: string[],
  ): Promise<LookupResult> {
    const base = await this.summaryFor(drugId, {
      ...options,
      condition: null,
      conditionWords: null,
    });
    if (!base.ok) return base;
    const each: EvidenceSummary[] = [];
    for (const part of parts) {
      const r = await this.summaryFor(drugId, {
        ...options,
        condition: part,
        conditionWords: part,
      });
      if (!r.ok) return r;
      each.push(r.summary);
    }
    const summary = joinSummaries(base.summary, each, parts, options.condition);
    return {
      ok: true,
      matched: base.matched,
      summary: { ...summary, query: options.query ?? summary.query },
    };
  }

  /**
   * The product named, when it has several ingredients ("Qsymia": phentermine and topiramate):
   * its name as written and its ingredients' names. The summary is then one ingredient's.
   */
  private async productNamed(
    name: string,
    ids: string[] | null,
  ): Promise<{ name: string; ingredients: string[] } | null> {
    const lexicon = await this.getLexicon();
    const drugIds =
      ids ??
      lexicon.names
        .find((n) => n.text.toLowerCase() === name.toLowerCase())
        ?.drugs.map((i) => lexicon.drugs[i]!.id) ??
      [];
    if (drugIds.length < 2) return null;
    const byId = new Map(lexicon.drugs.map((d) => [d.id, d.name]));
    return { name, ingredients: drugIds.map((id) => byId.get(id) ?? id) };
  }

  /**
   * The class the question names instead of a drug: its words before "for" ("water pills" holds
   * the name "water", "can I take statins"), or, when no drug name matched, the words left.
   * A drug's own name is the drug ("insulin"), not its class.
   */
  private async classNamed(
    query: string,
    drugText: string,
    drugMatched: boolean,
  ): Promise<ClassNamed | null> {
    // (and before "after", "before", "during": "blood thinners after surgery")
    const head = questionHead(query).split(/\s+(?:after|before|during|while)\s+/i)[0]!;
    // (a head that is the drug's name alone needs no class file: "baclofen for back pain")
    if (drugMatched && head.trim().toLowerCase() === drugText.toLowerCase()) return null;
    const classes = await this.getClasses();
    const byHead = classNamedBy(head, classes);
    if (drugMatched) return byHead && !classNamedBy(drugText, classes) ? byHead : null;
    return byHead ?? classNamedBy(drugText, classes);
  }

  /** No summary for a class: its members in the data to choose from, or why none are offered. */
  private async classAnswer(cls: ClassNamed): Promise<LookupResult> {
    if (cls.kind === 'unlisted')
      return {
        ok: false,
        error: `"${cls.label}" names a kind of drug, not one drug, and the bundled data lists no members of it: type the name of a drug.`,
        suggestions: [],
      };
    const lexicon = await this.getLexicon();
    const byId = new Map(lexicon.drugs.map((d) => [d.id, d]));
    const rank = (id: string) => byId.get(id)?.rank || 999;
    const members = [...cls.members].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
    return {
      ok: false,
      error: `"${cls.label}" names a class of drugs, not one drug. The evidence here is per drug: choose one of its members in the data.`,
      classOf: cls.label,
      suggestions: members.slice(0, 8).map((id) => {
        const name = byId.get(id)?.name ?? id;
        return {
          drugId: id,
          name,
          matched: name,
          kind: 'generic',
          cls: byId.get(id)?.cls ?? '',
          score: 0,
        };
      }),
    };
  }

  async summaryFor(
    drugId: string,
    options: {
      query?: string;
      condition?: string | null;
      conditionWords?: string | null;
      reader?: Reader;
      matched?: SearchResult | null;
      product?: { name: string; ingredients: string[] } | null;
      brand?: string;
      safety?: 'asked' | 'juxtaposed';
      interaction?: AssembleOptions['interaction'];
      alsoTaking?: AssembleOptions['alsoTaking'];
      aspect?: AssembleOptions['aspect'];
      route?: AssembleOptions['route'];
      /** the words beside the drug's name, read for a release or a salt (product-form.ts) */
      besideDrug?: string[];
    } = {},
  ): Promise<LookupResult> {
    const entry = await this.getDrug(drugId);
    if (!entry) return { ok: false, error: `"${drugId}" is not in the index.`, suggestions: [] };
    const lexicon = await this.getLexicon();
    const cls = lexicon.drugs.find((d) => d.id === drugId)?.cls;
    const related = cls
      ? lexicon.drugs
          .filter((d) => d.cls === cls && d.id !== drugId)
          .sort((a, b) => (a.rank || 999) - (b.rank || 999))
          .slice(0, 3)
      : [];
    const meta = await this.getMeta();
    let condition = options.condition ?? null;
    let resolved = await this.resolveCondition(condition, options.conditionWords ?? null);
    // A misspelled condition is read as the one vocabulary word a letter away ("hypertention"),
    // and the note says so.
    let spelling: { asked: string; read: string } | undefined;
    if (condition && !resolved) {
      const vocabulary = await this.getConditions();
      const read = vocabulary.correctedWords(condition);
      const again = read ? vocabulary.resolve(read) : null;
      if (read && again) {
        spelling = { asked: condition, read };
        condition = read;
        resolved = again;
      }
    }
    // (a group, "potassium for low potassium": its members' labels answer for it, the most
    // prescribed first: potassium chloride before potassium acetate)
    const rank = (id: string) => lexicon.drugs.find((d) => d.id === id)?.rank || 999;
    const members =
      resolved && entry.groupOf
        ? await Promise.all(
            [...entry.groupOf]
              .sort((a, b) => rank(a.id) - rank(b.id))
              .map(async (m) => ({
                name: m.name,
                label: (await this.getDrug(m.id))?.label ?? null,
              })),
          )
        : undefined;
    const summary = assembleEvidence(entry, {
      query: options.query ?? entry.name,
      condition,
      resolved,
      ...(members ? { members } : {}),
      ...(spelling ? { spelling } : {}),
      reader: options.reader ?? 'clinician',
      buildDate: meta.buildDate,
      related,
      ...(options.product ? { product: options.product } : {}),
      ...(options.brand ? { brand: options.brand } : {}),
      ...(options.safety ? { safety: options.safety } : {}),
      ...(options.aspect ? { aspect: options.aspect } : {}),
      ...(options.interaction ? { interaction: options.interaction } : {}),
      ...(options.alsoTaking ? { alsoTaking: options.alsoTaking } : {}),
      ...(options.route ? { route: options.route } : {}),
      ...((form) => (form ? { form } : {}))(
        options.besideDrug ? formAsked(options.besideDrug, entry.name) : null,
      ),
    });
    return { ok: true, summary, matched: options.matched ?? null };
  }
}

/** Words around a drink in a question ("can I drink alcohol with ..."), not a drug's name. */
const DRINKING =
  /\b(?:can|could|is|it|ok|okay|safe|to|i|you|drink|drinking|have|having|take|taking|with|and|on|plus|while|after)\b/gi;
