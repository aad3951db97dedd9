// Sweep for the label focus note: asks "<drug> for <condition>" for every top-300 drug and every
// condition below (or the conditions given as arguments) and prints one line per question:
// question, drug id, what the note says of the label (true / false / null) and the note.
// Not a test: a fixed, wide set of questions to run before and after a change to the focus code,
// so that `diff` shows every note the change moved, each to be read against the label. The
// annotated rounds in test/fixtures/factcheck are the measure; this finds what no round asked.
//
//   npx tsx scripts/sweep-label-focus.ts > /tmp/before.tsv
//   (change the code)
//   npx tsx scripts/sweep-label-focus.ts > /tmp/after.tsv && diff /tmp/before.tsv /tmp/after.tsv
//   npx tsx scripts/sweep-label-focus.ts "acute pain" "kidney infection"   (these conditions only)
//   SWEEP_DRUGS=all npx tsx scripts/sweep-label-focus.ts neutropenia      (every drug, not the top 300)
import { openIndex } from './cli/node-index';

// Clinical and lay words, common and broad ones, and words with a course, severity or population
// (the kinds of question earlier sweeps found false statements on).
// prettier-ignore
const CONDITIONS = [
  'hypertension', 'high blood pressure', 'diabetes', 'type 2 diabetes', 'type 1 diabetes',
  'depression', 'anxiety', 'panic attacks', 'afib', 'atrial fibrillation', 'heart failure',
  'heart attack', 'angina', 'high cholesterol', 'asthma', 'copd', 'pneumonia',
  'urinary tract infection', 'uti', 'bladder infection', 'kidney infection', 'cellulitis',
  'skin infection', 'wound infection', 'sepsis', 'back pain', 'pain', 'acute pain',
  'severe pain', 'chronic pain', 'neuropathic pain', 'migraine', 'headache', 'seizures',
  'epilepsy', 'insomnia', 'schizophrenia', 'bipolar disorder', 'adhd', "parkinson's disease",
  "alzheimer's disease", 'dementia', 'gout', 'rheumatoid arthritis', 'osteoarthritis',
  'arthritis', 'osteoporosis', 'hypothyroidism', 'hyperthyroidism', 'gerd', 'heartburn',
  'stomach ulcer', 'constipation', 'diarrhea', 'nausea', 'vomiting', 'ibs', "crohn's disease",
  'ulcerative colitis', 'psoriasis', 'eczema', 'acne', 'allergies', 'hay fever', 'hives',
  'itching', 'cough', 'common cold', 'flu', 'covid-19', 'hiv', 'hepatitis c', 'hepatitis b',
  'herpes', 'shingles', 'chlamydia', 'gonorrhea', 'syphilis', 'tuberculosis', 'malaria',
  'fungal infection', 'thrush', 'yeast infection', "athlete's foot", 'pink eye', 'glaucoma',
  'stroke', 'blood clots', 'dvt', 'pulmonary embolism', 'anemia', 'obesity', 'smoking cessation',
  'alcohol dependence', 'opioid use disorder', 'erectile dysfunction', 'enlarged prostate',
  'overactive bladder', 'hot flashes', 'endometriosis', 'breast cancer', 'prostate cancer',
  'lung cancer', 'leukemia', 'multiple sclerosis', 'spasticity', 'muscle spasm', 'fibromyalgia',
  'edema', 'swelling', 'chronic kidney disease', 'liver cirrhosis', 'pancreatitis', 'lupus',
  'acute heart failure', 'chronic heart failure', 'severe asthma', 'mild hypertension',
  'depression in children', 'epilepsy in infants', 'hypertension in pregnancy',
];

const index = openIndex();
const conditions = process.argv.length > 2 ? process.argv.slice(2) : CONDITIONS;
const lexicon = await index.getLexicon();
// SWEEP_DRUGS=all asks every drug of the index, not only the top 300 (for conditions whose
// drugs are rarely among them: "neutropenia", "tumor lysis syndrome").
const everyDrug = process.env.SWEEP_DRUGS === 'all';
const drugs = lexicon.drugs
  .filter((d) => everyDrug || d.rank > 0)
  .sort((a, b) => (a.rank || 999) - (b.rank || 999) || a.name.localeCompare(b.name))
  .map((d) => d.name);
const lines: string[] = [];
for (const drug of drugs) {
  for (const condition of conditions) {
    const question = `${drug} for ${condition}`;
    const r = await index.lookup(question);
    if (!r.ok) lines.push(`${question}\t-\terror\t${r.error}`);
    else {
      const { labelIndicationsMention: said, note } = r.summary.focus;
      lines.push(`${question}\t${r.summary.drug.id}\t${String(said)}\t${note ?? ''}`);
    }
  }
}
process.stdout.write(lines.join('\n') + '\n');
