// The committed index under public/data, read the way the CLI and the extension read it.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openIndex, DATA_DIR } from '../../scripts/cli/node-index';
import { askedPopulation } from '../../src/core/label-population';

const index = openIndex();

/**
 * Each question reads as its condition, and the note says the label covers it (true), leaves it
 * out (false) or neither (null).
 */
async function expectReadings(
  rows: readonly (readonly [question: string, condition: string, covers: boolean | null])[],
) {
  for (const [question, condition, covers] of rows) {
    const r = await index.lookup(question);
    if (!r.ok) throw new Error(r.error);
    expect(r.summary.focus.condition, question).toBe(condition);
    expect(r.summary.focus.labelIndicationsMention, question).toBe(covers);
  }
}

describe('search over the bundled index', () => {
  it.each([
    ['baclophen', 'baclofen'],
    ['flexiril', 'cyclobenzaprine'],
    ['hctz', 'hydrochlorothiazide'],
    ['zestril', 'lisinopril'],
    ['metoprolol tartrate', 'metoprolol'],
    ['Lasix', 'furosemide'],
    ['aspirin', 'aspirin'],
  ])('"%s" finds %s first', async (query, drugId) => {
    expect((await index.search(query, 3))[0]?.drugId).toBe(drugId);
  });

  it('returns nothing for an empty query', async () => {
    expect(await index.search('   ')).toEqual([]);
  });
});

describe('evidence for baclofen', () => {
  it('reproduces the substance of a good answer, with citations that resolve', async () => {
    const r = await index.lookup('baclofen');
    if (!r.ok) throw new Error(r.error);
    const s = r.summary;
    const indications = s.label.items.find((i) => i.key === 'indications')!.text;
    expect(indications).toContain('spasticity resulting from multiple sclerosis');
    expect(indications).toContain('spinal cord');
    expect(s.label.items.find((i) => i.key === 'warnings')!.text).toMatch(/abrupt/i);
    const pmids = s.research.groups.flatMap((g) => g.items.map((i) => i.pmid));
    expect(pmids).toContain('15276195');
    const refNumbers = new Set(s.references.map((x) => x.n));
    for (const n of [
      ...s.guidelines.items,
      ...s.label.items,
      ...s.research.groups.flatMap((g) => g.items),
    ].flatMap((i) => i.refs)) {
      expect(refNumbers.has(n)).toBe(true);
    }
    expect(s.reviewStatus).toBe('Submitted');
  });

  it('leaves the form of the drug, and whose condition it is, out of the condition', async () => {
    for (const [question, condition] of [
      ['timolol eye drops for glaucoma', 'glaucoma'],
      ['sertraline for my depression', 'depression'],
      ['my doctor gave me Jardiance for my heart failure', 'heart failure'],
      ['will tylenol help my fever', 'fever'],
      ['otc omeprazole for heartburn', 'heartburn'],
      ['extended release metformin for diabetes', 'diabetes'],
      ['ketoconazole shampoo for dandruff', 'dandruff'],
      ['nicotine gum for smoking', 'smoking'],
    ] as const) {
      const r = await index.lookup(question);
      expect(r.ok && r.summary.focus.condition, question).toBe(condition);
    }
  });

  it('reads a purpose written as a verb as what the drug is for', async () => {
    for (const [question, condition, covers] of [
      ['metformin to lower blood sugar', 'high blood sugar', true],
      ['atorvastatin for cholesterol', 'high cholesterol', true],
      ['bupropion to quit smoking', 'smoking cessation', false],
      ['hydroxyzine to stop itching', 'itching', true],
      ['atorvastatin to reduce the risk of stroke', 'prevention of stroke', true],
      // (a verb that ends what the patient has asks for treatment: ondansetron only prevents)
      ['ondansetron to stop vomiting', 'vomiting', null],
      // (a verb whose object is a drug is no purpose: sertraline is asked about, not for)
      ['how to stop sertraline', null, null],
    ] as const) {
      const r = await index.lookup(question);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.focus.condition, question).toBe(condition);
      expect(r.summary.focus.labelIndicationsMention, question).toBe(covers);
      // (asked what it is for, not what it does to patients who have it)
      expect(r.summary.focus.note ?? '', question).not.toMatch(/warnings and precautions/);
    }
  });

  it('leaves how long and how often out of the condition', async () => {
    for (const [question, condition] of [
      ['amoxicillin 500 mg for 10 days for strep throat', 'strep throat'],
      ['azithromycin 5 day course for pneumonia', 'pneumonia'],
      ['ibuprofen every 6 hours for pain', 'pain'],
      ['gabapentin 300 mg at bedtime for nerve pain', 'nerve pain'],
      ['levothyroxine 50 mcg daily for hypothyroidism', 'hypothyroidism'],
      // (a chart's sig: route and frequency abbreviations)
      ['metformin 500 mg PO BID (for diabetes)', 'diabetes'],
      ['lisinopril 10 mg PO daily for HTN', 'HTN'],
      // (a condition's own "daily" stays)
      ['amitriptyline for chronic daily headache', 'chronic daily headache'],
    ] as const) {
      const r = await index.lookup(question);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.focus.condition, question).toBe(condition);
    }
  });

  it('reads a patient who names the condition before or after asking to take the drug', async () => {
    const first = await index.lookup('I have high blood pressure, can I take amlodipine');
    if (!first.ok) throw new Error(first.error);
    expect(first.summary.focus.condition).toBe('high blood pressure');
    expect(first.summary.focus.labelIndicationsMention).toBe(true);
    // ("safe" asks about harm alone: the contraindications, not the indications)
    const safe = await index.lookup('is it safe to take metformin if I have kidney disease');
    if (!safe.ok) throw new Error(safe.error);
    expect(safe.summary.focus.condition).toBe('kidney disease');
    expect(safe.summary.focus.labelIndicationsMention).toBe(null);
    // (the boxed warning, bundled nearly whole, names it first: "Risk factors for
    // metformin-associated lactic acidosis include renal impairment")
    expect(safe.summary.focus.note).toMatch(/boxed warning names renal impairment/);
    // ("make you" asks about harm, in a patient's words)
    const bleed = await index.lookup('can warfarin make you bleed');
    if (!bleed.ok) throw new Error(bleed.error);
    expect(bleed.summary.focus.condition).toBe('bleed');
    expect(bleed.summary.focus.note).toMatch(/^The label's boxed warning names bleed/);
    // (nothing but the asking is no condition)
    const bare = await index.lookup('can i take advil');
    if (!bare.ok) throw new Error(bare.error);
    expect(bare.summary.focus.condition).toBe(null);
  });

  it("spells out a clinician's shorthand for prophylaxis and treatment", async () => {
    await expectReadings([
      ['enoxaparin for dvt ppx', 'dvt prophylaxis', true],
      ['valganciclovir for cmv ppx', 'cmv prophylaxis', true],
      ['enoxaparin for dvt tx', 'dvt', true],
      // (a stress ulcer is no duodenal ulcer, though DO gives it as a synonym: not covered by
      // famotidine's "reduction of the risk of duodenal ulcer recurrence")
      ['famotidine for stress ulcer ppx', 'stress ulcer prophylaxis', null],
      // (analgesia asked as pain relief: the vocabularies give the word to pain agnosia)
      ['acetaminophen for analgesia', 'pain relief', true],
      // (a solid organ's transplant asked as keeping it from rejection; a stem cell's is not)
      ['tacrolimus for kidney transplant', 'kidney transplant rejection', true],
      ['belatacept for a kidney tx', 'kidney transplant rejection', true],
      ['busulfan for stem cell transplant', 'stem cell transplant', null],
    ]);
  });

  it('reads what the vocabularies lack as curated concepts: transplant rejection, contraception, menopause', async () => {
    await expectReadings([
      ['basiliximab for transplant rejection', 'transplant rejection', true],
      // (the organ asked is named beside the rejection: "renal transplantation")
      ['basiliximab for kidney transplant rejection', 'kidney transplant rejection', true],
      ['cyclosporine for heart transplant rejection', 'heart transplant rejection', true],
      ['voclosporin for kidney transplant rejection', 'kidney transplant rejection', false],
      // (CMV prophylaxis in transplant recipients is no rejection's)
      ['ganciclovir for kidney transplant rejection', 'kidney transplant rejection', null],
      // (a label for kidney transplants only does not cover a liver's)
      ['belatacept for liver transplant rejection', 'liver transplant rejection', null],
      ['norgestrel for birth control', 'birth control', true],
      ['medroxyprogesterone for contraception', 'contraception', false],
      ['levonorgestrel for emergency contraception', 'emergency contraception', true],
      ['ulipristal for emergency contraception', 'emergency contraception', true],
      // (a daily contraceptive's label is no emergency contraception's, which is narrower)
      ['drospirenone for emergency contraception', 'emergency contraception', null],
      // (the menopause's symptoms: a label for them, not one for osteoporosis after it)
      ['fezolinetant for menopause', 'menopause', true],
      ['raloxifene for menopause', 'menopause', false],
      // (divalproex's "contraindicated in ... women ... who are not using effective
      // contraception" names what the patients are without, not what it is for)
      ['divalproex for contraception', 'contraception', null],
    ]);
  });

  it('reads the terms the labels write that the vocabularies lack', async () => {
    await expectReadings([
      // (both forms in one phrase: "the acute treatment of migraine with or without aura")
      // (the condition's words as the note names them, "with" left out as elsewhere)
      ['naratriptan for migraine with aura', 'migraine aura', true],
      ['eletriptan for migraine without aura', 'migraine without aura', true],
      ['desloratadine for perennial allergic rhinitis', 'perennial allergic rhinitis', true],
      ['niraparib for peritoneal cancer', 'peritoneal cancer', true],
      ['cenegermin for neurotrophic keratitis', 'neurotrophic keratitis', true],
      ['caffeine for drowsiness', 'drowsiness', true],
      // (one form of a condition, covered where the label names that form)
      ['ertapenem for diabetic foot infection', 'diabetic foot infection', true],
      ['becaplermin for diabetic foot infection', 'diabetic foot infection', null],
      ['spesolimab for generalized pustular psoriasis', 'generalized pustular psoriasis', true],
      ['secukinumab for generalized pustular psoriasis', 'generalized pustular psoriasis', null],
      ['ofatumumab for clinically isolated syndrome', 'clinically isolated syndrome', true],
      ['cladribine for clinically isolated syndrome', 'clinically isolated syndrome', null],
      ['pseudoephedrine for sinus pressure', 'sinus pressure', true],
      ['natamycin for fungal keratitis', 'fungal keratitis', true],
      // (insomnia of sleep onset is no cover for sleep maintenance, nor the other way round)
      ['doxepin for trouble staying asleep', 'trouble staying asleep', true],
      ['doxepin for difficulty falling asleep', 'difficulty falling asleep', null],
      ['ramelteon for difficulty falling asleep', 'difficulty falling asleep', true],
      ['suvorexant for trouble staying asleep', 'trouble staying asleep', true],
      ['modafinil for shift work disorder', 'shift work disorder', true],
      ['tasimelteon for shift work disorder', 'shift work disorder', null],
      // (seizures in the newborn: phenobarbital's SEZABY label, not a label for seizures at large)
      ['phenobarbital for neonatal seizures', 'neonatal seizures', true],
      ['levetiracetam for neonatal seizures', 'neonatal seizures', null],
      // (a poisoning or overdose named by what was taken, which the label must name beside it)
      ['acetylcysteine for acetaminophen overdose', 'acetaminophen overdose', true],
      ['sodium thiosulfate for cyanide poisoning', 'cyanide poisoning', true],
      ['flumazenil for opioid overdose', 'opioid overdose', null],
      // (HER2 status beside the breast cancer: "HR-positive, HER2-negative" is no HER2-positive)
      ['palbociclib for her2-positive breast cancer', 'her2-positive breast cancer', true],
      ['trastuzumab for her2-positive breast cancer', 'her2-positive breast cancer', true],
      ['ribociclib for her2-positive breast cancer', 'her2-positive breast cancer', null],
      ['ribociclib for her2-negative breast cancer', 'her2-negative breast cancer', true],
      // (hormone receptor status, in signs too: "HR-positive" covers an ER-positive question, no
      // negative one; a status may stand after a course word or beside HER2's)
      ['letrozole for er-positive breast cancer', 'er-positive breast cancer', true],
      ['anastrozole for er+ breast cancer', 'er-positive breast cancer', true],
      [
        'fulvestrant for hormone receptor negative breast cancer',
        'hormone receptor negative breast cancer',
        null,
      ],
      ['palbociclib for er+/her2- breast cancer', 'er-positive/her2-negative breast cancer', true],
      [
        'trastuzumab for her2-positive metastatic breast cancer',
        'her2-positive metastatic breast cancer',
        true,
      ],
      [
        'alpelisib for hormone receptor positive breast cancer',
        'hormone receptor positive breast cancer',
        true,
      ],
      // (Soltamox names estrogen receptors only: no cover for a progesterone-receptor question)
      ['tamoxifen for pr-positive breast cancer', 'pr-positive breast cancer', null],
      ['trastuzumab for her2-positive gastric cancer', 'her2-positive gastric cancer', true],
      // (a gene's alteration, named or as a variant; never where the label says the tumour has
      // none: "no known epidermal growth factor receptor (EGFR) mutations or anaplastic lymphoma
      // kinase (ALK) rearrangements")
      ['lorlatinib for alk-positive nsclc', 'alk-positive nsclc', true],
      ['osimertinib for egfr-mutated nsclc', 'egfr-mutated nsclc', true],
      ['durvalumab for egfr-mutated nsclc', 'egfr-mutated nsclc', null],
      ['durvalumab for egfr-negative nsclc', 'egfr-negative nsclc', true],
      ['dabrafenib for braf v600e melanoma', 'braf v600e melanoma', true],
      ['sotorasib for kras g12d lung cancer', 'kras g12d lung cancer', null],
      ['imatinib for ph+ cml', 'ph-positive cml', true],
      ['olaparib for brca+ ovarian cancer', 'brca-positive ovarian cancer', true],
      // (a status in the list's lead-in: "patients with a susceptible IDH1 mutation ... with:")
      ['ivosidenib for idh1-mutated aml', 'idh1-mutated aml', true],
      // (an organism before the infection, which the label must name beside it: not "MRSA" where
      // it names only methicillin-susceptible isolates for that infection)
      ['linezolid for mrsa pneumonia', 'mrsa pneumonia', true],
      [
        'linezolid for mrsa community-acquired pneumonia',
        'mrsa community-acquired pneumonia',
        null,
      ],
      ['ceftaroline for mrsa pneumonia', 'mrsa pneumonia', null],
      ['daptomycin for mrsa bacteremia', 'mrsa bacteremia', true],
      ['tigecycline for vre skin infection', 'vre skin infection', null],
      ['nitrofurantoin for e coli uti', 'e coli uti', true],
      ['nitrofurantoin for pseudomonas uti', 'pseudomonas uti', null],
      // (a worm named for its disease, as clinicians write it)
      ['ivermectin for strongyloides', 'strongyloides', true],
      // (after a course word, which stays the infection's)
      ['fosfomycin for complicated e coli uti', 'complicated e coli uti', true],
      // (a genus cut to its initial; an organism further back is another list item's: "f. H.
      // influenzae (in respiratory ... infections ...), g. K. pneumoniae pneumonia")
      ['cephalexin for h influenzae otitis media', 'h influenzae otitis media', true],
      ['streptomycin for h influenzae pneumonia', 'h influenzae pneumonia', null],
      // (a bacteremia that comes with a pneumonia in some of its cases is no indication of its own)
      ['ceftaroline for bacteremia', 'bacteremia', null],
      ['linezolid for sepsis', 'sepsis', null],
      // (an induced abortion is what carboprost is given for; amenorrhea's secondary form)
      ['carboprost for abortion', 'abortion', true],
      ['misoprostol for abortion', 'abortion', false],
      ['progesterone for secondary amenorrhea', 'secondary amenorrhea', true],
      ['progesterone for primary amenorrhea', 'primary amenorrhea', null],
      // (a sinusitis label may or may not relieve the congestion: silence, not "does not list")
      ['tezepelumab for sinus congestion', 'sinus congestion', null],
    ]);
  });

  it('quotes the statement that names a form of the condition whole, not a heading before it', async () => {
    // ("1.1 Extended Adjuvant Treatment of Early-Stage Breast Cancer" defers to its statement,
    // which names "early-stage HER2-positive breast cancer")
    const r = await index.lookup('neratinib for breast cancer');
    if (!r.ok) throw new Error(r.error);
    expect(r.summary.focus.labelIndicationsMention).toBe(true);
    expect(r.summary.focus.labelQuote).toMatch(/early-stage HER2-positive breast cancer/);
  });

  it('reads the procedures a drug is given for, and is silent on the ones it is given during or after', async () => {
    await expectReadings([
      ['propofol for general anesthesia', 'general anesthesia', true],
      ['dexmedetomidine for icu sedation', 'icu sedation', true],
      ['midazolam for sedation before endoscopy', 'sedation before endoscopy', true],
      ['rocuronium for intubation', 'intubation', true],
      [
        'sugammadex for reversal of neuromuscular blockade',
        'reversal of neuromuscular blockade',
        true,
      ],
      ['lidocaine for local anesthesia', 'local anesthesia', true],
      // ("As a sedative when used as premedication and following general anesthesia")
      ['hydroxyzine for general anesthesia', 'general anesthesia', null],
      // ("reversal of the sedative effects of benzodiazepines in cases where general anesthesia
      // has been induced")
      ['flumazenil for sedation', 'sedation', null],
      // ("Sedation for Adult Patients in Combination with Regional Anesthesia")
      ['propofol for local anesthesia', 'local anesthesia', null],
      // ("preterm neonates ... with RDS who require endotracheal intubation")
      ['calfactant for intubation', 'intubation', null],
      // (bowel preparation, an image, a cosmetic line, as the labels name what they are for)
      ['sodium sulfate for bowel prep', 'bowel prep', true],
      ['gadobutrol for mri', 'mri', true],
      ['iohexol for ct scan', 'ct scan', true],
      ['letibotulinumtoxina for frown lines', 'frown lines', true],
      // ("single photon emission computed tomography (SPECT)" is no CT; "patients with ...
      // non-informative bone scintigraphy, computerized tomography (CT) or magnetic resonance
      // imaging (MRI)" were the tests before)
      ['ioflupane i 123 for ct scan', 'ct scan', null],
      ['choline c 11 for mri', 'mri', null],
      // ("After induction of anesthesia with agents other than SUPRANE, and tracheal intubation")
      ['desflurane for intubation', 'intubation', null],
    ]);
  });

  it('reads a cause written before the condition as a noun, and shares it with a condition joined by "and"', async () => {
    await expectReadings([
      ['palonosetron for chemotherapy nausea', 'chemotherapy nausea', true],
      ['ondansetron for chemo nausea', 'chemo nausea', true],
      ['naloxegol for opioid constipation', 'opioid constipation', true],
    ]);
    // (droperidol's label is for the nausea and vomiting of surgical and diagnostic procedures:
    // the vomiting asked is the chemotherapy's too, not answered by it)
    for (const question of [
      'droperidol for chemotherapy-induced nausea and vomiting',
      'droperidol for cinv',
    ]) {
      const r = await index.lookup(question);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.focus.note ?? '', question).not.toMatch(/include|surgical/);
      expect(r.summary.focus.note ?? '', question).toMatch(
        /^Chemotherapy-induced nausea: .*Chemotherapy-induced vomiting: /,
      );
    }
    const cinv = await index.lookup('aprepitant for cinv');
    if (!cinv.ok) throw new Error(cinv.error);
    expect(cinv.summary.focus.note).toMatch(
      /Chemotherapy-induced vomiting: The FDA label's indications include vomiting: ".*emetogenic cancer chemotherapy/,
    );
  });

  it('reads a class, stage, grade or group the question adds against the one the label names', async () => {
    await expectReadings([
      // (the label's range takes the asked class in, or not: "NYHA Class III-IV heart failure")
      ['spironolactone for nyha class iii heart failure', 'nyha class iii heart failure', true],
      ['spironolactone for class ii heart failure', 'class ii heart failure', null],
      ['candesartan for nyha class ii heart failure', 'nyha class ii heart failure', true],
      ['paricalcitol for stage 5 ckd', 'stage 5 ckd', true],
      ['calcifediol for stage 5 ckd', 'stage 5 ckd', null],
      // (kidney disease on dialysis is at stage 5; the end stage a drug lowers the risk of is
      // not the patients')
      ['sevelamer for stage 3 ckd', 'stage 3 ckd', null],
      ['sevelamer for stage 5 ckd', 'stage 5 ckd', true],
      ['empagliflozin for stage 5 ckd', 'stage 5 ckd', null],
      // (a tumour's stage only as the label names it, its spread as stage IV)
      ['capecitabine for stage 3 colon cancer', 'stage 3 colon cancer', true],
      ['chlorambucil for stage iv hodgkin lymphoma', 'stage iv hodgkin lymphoma', null],
      ['toremifene for stage 4 breast cancer', 'stage 4 breast cancer', true],
      ['toremifene for stage 2 breast cancer', 'stage 2 breast cancer', null],
      ['vorasidenib for grade 4 astrocytoma', 'grade 4 astrocytoma', null],
      // (a label that names no grade of a disease that is no tumour covers every grade)
      ['amlodipine for stage 2 hypertension', 'stage 2 hypertension', true],
      ['atorvastatin for stage 2 hypertension', 'stage 2 hypertension', false],
    ]);
  });

  it('reads what the question says caused the condition, by concept or in other words', async () => {
    await expectReadings([
      // ("renal disease", "cirrhotic", "radiotherapy", "opioid-induced" beside the condition)
      ['furosemide for swelling from kidney disease', 'swelling from kidney disease', true],
      ['spironolactone for edema from cirrhosis', 'edema from cirrhosis', true],
      ['ondansetron for vomiting caused by radiation', 'vomiting caused by radiation', true],
      ['naloxegol for constipation caused by opioids', 'constipation caused by opioids', true],
      // (whose the cause is names none of it: "my chemo" is chemotherapy)
      ['ondansetron for nausea from my chemo', 'nausea from chemo', true],
      [
        'cinacalcet for high calcium from parathyroid cancer',
        'high calcium from parathyroid cancer',
        true,
      ],
      ['naloxegol for constipation from iron pills', 'constipation from iron', null],
      // (the label names the cause, not the condition: it may treat it as a sign of the cause)
      ['tamsulosin for urinary retention due to bph', 'urinary retention due to bph', null],
      ['lactulose for confusion from liver disease', 'confusion from liver disease', null],
    ]);
    // (a cause joined before the condition, "-induced", "-related", where the two make no term)
    await expectReadings([
      [
        'mesna for ifosfamide-induced hemorrhagic cystitis',
        'ifosfamide-induced hemorrhagic cystitis',
        true,
      ],
      [
        'mesna for cyclophosphamide-induced hemorrhagic cystitis',
        'cyclophosphamide-induced hemorrhagic cystitis',
        null,
      ],
      ['dronabinol for chemo-induced nausea', 'chemo-induced nausea', true],
      // (some of another use's patients, "including patients with" it: bivalirudin is an
      // anticoagulant in PCI, not a treatment of thrombocytopenia)
      [
        'bivalirudin for heparin-induced thrombocytopenia',
        'heparin-induced thrombocytopenia',
        null,
      ],
    ]);
    // ("caused by" with the drug after it still asks about harm)
    const harm = await index.lookup('nausea caused by metformin');
    if (!harm.ok) throw new Error(harm.error);
    expect(harm.summary.focus.note).toMatch(
      /^The label's most common adverse reactions name nausea/,
    );
  });

  it('reads a lab value as the condition it plainly shows, to be treated', async () => {
    await expectReadings([
      ['patiromer for potassium of 6.2', 'potassium of 6.2', true],
      ['patiromer for potassium of 3.1', 'potassium of 3.1', false],
      ['metformin for a1c of 9%', 'a1c of 9', true],
      ['atorvastatin for ldl over 190', 'ldl over 190', true],
      ['tolvaptan for sodium of 122', 'sodium of 122', true],
      // (the patients on dialysis, as the label names them)
      ['cinacalcet for pth of 900 on dialysis', 'pth of 900 on dialysis', true],
      ['calcitriol for pth of 300 on dialysis', 'pth of 300 on dialysis', null],
      // (a T-score of -3 is osteoporosis to treat: "Prevention of osteoporosis" is no answer)
      ['estradiol for t-score of -3', 't-score of -3', null],
      ['alendronate for t-score of -3', 't-score of -3', true],
      // (a risk named is no disease treated: "associated with a clinically significant incidence
      // of febrile neutropenia")
      ['pegfilgrastim for anc of 500', 'anc of 500', null],
      // (a triglyceride of 300 is no "severe hypertriglyceridemia")
      ['fenofibrate for triglycerides of 300', 'triglycerides of 300', null],
      ['fenofibrate for triglycerides of 800', 'triglycerides of 800', true],
      ['levothyroxine for tsh of 6', 'tsh of 6', null],
    ]);
    const r = await index.lookup('patiromer for potassium of 6.2');
    if (!r.ok) throw new Error(r.error);
    expect(r.summary.focus.note).toMatch(
      /^The FDA label's indications include hyperkalemia \(potassium of 6\.2\): "Veltassa/,
    );
    const unread = await index.lookup('levothyroxine for tsh of 6');
    if (!unread.ok) throw new Error(unread.error);
    expect(unread.summary.focus.note).toMatch(/names a lab value this extension does not read/);
  });

  it('reads a lab value beside a named condition as confirming it, or as a second condition', async () => {
    await expectReadings([
      ['glipizide for type 2 diabetes with a1c of 8.5', 'type 2 diabetes a1c of 8.5', true],
      // (a value on the condition's side of the limits: a treated diabetes, not prediabetes)
      ['metformin for diabetes with a1c of 6.2', 'diabetes a1c of 6.2', true],
      ['allopurinol for gout with uric acid of 10', 'gout uric acid of 10', true],
      ['insulin glargine for diabetes with sugar of 400', 'diabetes sugar of 400', true],
      // (the opposite, or another condition: nothing said of the label)
      [
        'potassium chloride for hypokalemia with potassium of 5.9',
        'hypokalemia potassium of 5.9',
        null,
      ],
      [
        'spironolactone for heart failure with potassium of 5.8',
        'heart failure potassium of 5.8',
        null,
      ],
      ['prednisone for asthma with glucose of 300', 'asthma glucose of 300', null],
    ]);
    const agrees = await index.lookup('glipizide for type 2 diabetes with a1c of 8.5');
    if (!agrees.ok) throw new Error(agrees.error);
    expect(agrees.summary.focus.note).toMatch(
      /^The FDA label's indications include type 2 diabetes \(a1c of 8\.5\): "Glipizide/,
    );
    // (the quote is the label's for the condition named, not one the value's reading prefers)
    const quote = await index.lookup('atorvastatin for hyperlipidemia with ldl of 190');
    if (!quote.ok) throw new Error(quote.error);
    expect(quote.summary.focus.labelQuote).toMatch(/primary hyperlipidemia/);
    const other = await index.lookup('spironolactone for heart failure with potassium of 5.8');
    if (!other.ok) throw new Error(other.error);
    expect(other.summary.focus.note).toMatch(
      /^The question names potassium of 5\.8, which reads as hyperkalemia, beside heart failure;/,
    );
  });

  it('beside a measure it does not read, says "covers" only where the label names nothing it bears on', async () => {
    await expectReadings([
      ['metformin for type 2 diabetes with egfr of 25', 'type 2 diabetes egfr of 25', null],
      ['dapagliflozin for type 2 diabetes with egfr of 30', 'type 2 diabetes egfr of 30', null],
      ['spironolactone for heart failure with ef of 55%', 'heart failure ef of 55', null],
      ['tenofovir for hiv in a 30 kg child', 'hiv 30 kg child', null],
      ['warfarin for afib with inr of 1.5', 'afib inr of 1.5', null],
      ['enoxaparin 40 mg for dvt', 'dvt', true],
    ]);
    const r = await index.lookup('metformin for diabetes, egfr 40');
    if (!r.ok) throw new Error(r.error);
    expect(r.summary.focus.note).toMatch(
      /^The question names egfr 40, which this extension does not read as a condition, so this note does not weigh the label's indications for diabetes\. The label's boxed warning mentions kidney function: "… ratio; and metformin plasma levels generally >5 mcg\/mL\. Risk factors for metformin-associated lactic acidosis include renal impairment/,
    );
    // (the label's indications, contraindications and boxed warning, read in full, name nothing
    // the measure bears on: its "covers" stands, and the note says so)
    await expectReadings([
      ['sitagliptin for type 2 diabetes with egfr of 40', 'type 2 diabetes egfr of 40', true],
      ['furosemide for edema with albumin of 2.0', 'edema albumin of 2.0', true],
    ]);
    const kept = await index.lookup('sitagliptin for type 2 diabetes with egfr of 40');
    if (!kept.ok) throw new Error(kept.error);
    expect(kept.summary.focus.note).toMatch(
      /"\. The question names egfr of 40, which this extension does not read as a condition; the label's indications, contraindications and boxed warning say nothing of kidney function\./,
    );
    // (where the label's indications or warnings mention what it bears on, that is quoted)
    const limit = await index.lookup('dapagliflozin for type 2 diabetes with egfr of 30');
    if (!limit.ok) throw new Error(limit.error);
    expect(limit.summary.focus.note).toMatch(
      /The label's indications mention kidney function: "Dapagliflozin tablets are not recommended .*eGFR less than 45/,
    );
    // (and the bound it sets on the same measure, and on which side of it the value falls)
    expect(limit.summary.focus.note).toMatch(
      /The label's indications name "eGFR less than 45 mL\/min\/1\.73 m 2": the question's egfr of 30 falls within it\./,
    );
    // (a Child-Pugh class is liver function, and the label's bound on it is quoted; a class
    // before the condition it grades leaves that condition joined: "with ... cirrhosis")
    const liver = await index.lookup("safinamide for parkinson's disease with child-pugh c");
    if (!liver.ok) throw new Error(liver.error);
    expect(liver.summary.focus.labelIndicationsMention).toBeNull();
    expect(liver.summary.focus.note).toMatch(
      /The question names child-pugh c, .*The label's contraindications mention liver function: "Severe hepatic impairment \(Child-Pugh C: 10-15\)\."/,
    );
    const graded = await index.lookup(
      'apixaban for atrial fibrillation with child-pugh c cirrhosis',
    );
    if (!graded.ok) throw new Error(graded.error);
    expect(graded.summary.focus.concepts.map((c) => c.name)).toContain('atrial fibrillation');
    // (a tumour's EGFR is no kidney function)
    const gene = await index.lookup('osimertinib for lung cancer with egfr of 30');
    if (!gene.ok) throw new Error(gene.error);
    expect(gene.summary.focus.note).not.toMatch(/kidney function: "|falls (?:within|outside)/);
    // ("low molecular weight heparin" is no body weight)
    const lmwh = await index.lookup('enoxaparin for dvt in a 45 kg patient');
    if (!lmwh.ok) throw new Error(lmwh.error);
    expect(lmwh.summary.focus.note).not.toMatch(/mentions? the weight: "[^"]*molecular weight/);
    const alone = await index.lookup('metformin for egfr of 25');
    if (!alone.ok) throw new Error(alone.error);
    expect(alone.summary.focus.note).toBe(
      '"egfr of 25" names a measure this extension does not read, so this summary is not focused on it.',
    );
  });

  it("reads another condition the patients have beside the one asked, from the label's warnings", async () => {
    await expectReadings([
      // (contraindicated: no "covers", the contraindication quoted)
      ['propranolol for hypertension with asthma', 'hypertension asthma', null],
      ['losartan for hypertension with diabetes', 'hypertension diabetes', null],
      // (warned of: the "covers" stands with the warning; named in the quote itself)
      ['sertraline for depression with epilepsy', 'depression epilepsy', true],
      ['furosemide for edema with cirrhosis', 'edema cirrhosis', true],
      // (named by neither the boxed warning nor the contraindications, read whole)
      ['amlodipine for hypertension with diabetes', 'hypertension diabetes', true],
      // (a form the label names "with" something else is no answer: IBS with constipation)
      ['linaclotide for ibs with diarrhea', 'ibs diarrhea', null],
      ['linaclotide for ibs with constipation', 'ibs constipation', true],
      // (the patients named by their condition, as clinicians write it)
      ['propranolol for hypertension in an asthmatic', 'hypertension asthmatic', null],
      ['amlodipine for hypertension in diabetic patients', 'hypertension in diabetic', true],
      // (a broader condition in the label bears on the patient: "renal impairment" for ckd)
      ['metformin for diabetes in a ckd patient', 'diabetes ckd', null],
      // (two of them: each weighed)
      [
        'propranolol for hypertension with diabetes and asthma',
        'hypertension diabetes and asthma',
        null,
      ],
      [
        'amlodipine for hypertension with diabetes and asthma',
        'hypertension diabetes and asthma',
        true,
      ],
      // ("does not list" holds whatever the label says of the other condition)
      ['metformin for hypertension with diabetes', 'hypertension diabetes', false],
      // (in a patient's words)
      ['sertraline for my depression, I also have epilepsy', 'depression epilepsy', true],
      [
        'can I take sumatriptan for migraines if I have heart disease',
        'migraines heart disease',
        null,
      ],
    ]);
    const two = await index.lookup('propranolol for hypertension with diabetes and asthma');
    if (!two.ok) throw new Error(two.error);
    expect(two.summary.focus.note).toMatch(
      /^The question names diabetes and asthma beside hypertension; this note does not weigh the label's indications for them together\. The label's contraindications name asthma: /,
    );
    const broader = await index.lookup('metformin for diabetes in a ckd patient');
    if (!broader.ok) throw new Error(broader.error);
    expect(broader.summary.focus.note).toMatch(
      /The label's boxed warning names renal impairment, which the condition vocabulary files above ckd: /,
    );
    const contra = await index.lookup('propranolol for hypertension with asthma');
    if (!contra.ok) throw new Error(contra.error);
    expect(contra.summary.focus.note).toMatch(
      /^The question names asthma beside hypertension; this note does not weigh the label's indications for the two together\. The label's contraindications name asthma: "Propranolol is contraindicated in 1\) cardiogenic shock/,
    );
    const warned = await index.lookup('sertraline for depression with epilepsy');
    if (!warned.ok) throw new Error(warned.error);
    expect(warned.summary.focus.note).toMatch(
      /The label's warnings and precautions name epilepsy: "Seizures: Use with caution in patients with seizure disorders\."/,
    );
    const none = await index.lookup('amlodipine for hypertension with diabetes');
    if (!none.ok) throw new Error(none.error);
    expect(none.summary.focus.note).toMatch(
      /Its boxed warning and contraindications do not name diabetes \(its warnings, cut short in the bundled data, were not read whole\)\./,
    );
  });

  it('quotes the pregnancy or lactation section beside the condition asked in either', async () => {
    const r = await index.lookup('losartan for hypertension in pregnancy');
    if (!r.ok) throw new Error(r.error);
    expect(r.summary.focus.labelIndicationsMention).toBe(null);
    expect(r.summary.focus.note).toMatch(
      /From the pregnancy section of the FDA label \(Losartan Potassium, oral\): "Losartan potassium can cause fetal harm/,
    );
    const milk = await index.lookup('amlodipine for hypertension in a breastfeeding mother');
    if (!milk.ok) throw new Error(milk.error);
    expect(milk.summary.focus.note).toMatch(/From the lactation section of the FDA label/);
    // (pregnancy as the purpose, not the patient's state: no section quoted)
    const purpose = await index.lookup('norethindrone to prevent pregnancy');
    if (!purpose.ok) throw new Error(purpose.error);
    expect(purpose.summary.focus.note ?? '').not.toMatch(/pregnancy section/);
  });

  it('reads a drug the patient takes beside the condition, from what the two labels say', async () => {
    await expectReadings([
      // (the labels say not to take them together: no "covers")
      ['clarithromycin for pneumonia in a patient taking simvastatin', 'pneumonia', null],
      ['ciprofloxacin for uti in a patient on tizanidine', 'uti', null],
      // (the labels warn of them together: "covers", with the warning)
      ['sertraline for depression in a patient on tramadol', 'depression', true],
      [
        'fluconazole for vaginal yeast infection in a patient on warfarin',
        'vaginal yeast infection',
        true,
      ],
    ]);
    const contra = await index.lookup(
      'clarithromycin for pneumonia in a patient taking simvastatin',
    );
    if (!contra.ok) throw new Error(contra.error);
    expect(contra.summary.focus.note).toMatch(
      /^The question names simvastatin taken with it; this note does not weigh the label's indications for a patient taking both\. The clarithromycin label's contraindications name simvastatin: /,
    );
    const warned = await index.lookup(
      'fluconazole for vaginal yeast infection in a patient on warfarin',
    );
    if (!warned.ok) throw new Error(warned.error);
    expect(warned.summary.focus.note).toMatch(
      /The fluconazole label's drug interactions name warfarin: "Dose adjustment of warfarin may be necessary\."/,
    );
    expect(warned.summary.focus.labelInteraction?.with.id).toBe('warfarin');
  });

  it('weighs three other conditions written as a list, each from what the label says of it', async () => {
    await expectReadings([
      [
        'amlodipine for hypertension with asthma, gout and diabetes',
        'hypertension asthma, gout and diabetes',
        true,
      ],
      // (propranolol's contraindications name bronchial asthma)
      [
        'propranolol for hypertension with asthma, diabetes and heart failure',
        'hypertension asthma, diabetes and heart failure',
        null,
      ],
    ]);
    const r = await index.lookup(
      'metformin for type 2 diabetes with heart failure, ckd and asthma',
    );
    if (!r.ok) throw new Error(r.error);
    expect(r.summary.focus.note).toMatch(
      /^The question names heart failure, ckd and asthma beside type 2 diabetes; .*The label's boxed warning names heart failure: /,
    );
  });

  it('reads two or three drugs the patient takes, each from what the labels say', async () => {
    await expectReadings([
      // (one of them not to be taken with it is enough: no "covers")
      [
        'clarithromycin for pneumonia in a patient taking simvastatin and warfarin',
        'pneumonia',
        null,
      ],
      ['sertraline for depression in a patient on linezolid and tramadol', 'depression', null],
      [
        'simvastatin for high cholesterol in a patient taking amlodipine and gemfibrozil',
        'high cholesterol',
        null,
      ],
      ['sertraline for depression in a patient on tramadol and warfarin', 'depression', true],
      [
        'metoprolol for hypertension in a patient on amlodipine, lisinopril and metformin',
        'hypertension',
        true,
      ],
    ]);
    const two = await index.lookup(
      'fluconazole for vaginal yeast infection in a patient taking warfarin and metformin',
    );
    if (!two.ok) throw new Error(two.error);
    expect(two.summary.focus.note).toMatch(
      /The fluconazole label's drug interactions name warfarin: .*No statement of the fluconazole label or the metformin label in the bundled data names the other\./,
    );
    const contra = await index.lookup(
      'fluconazole for vaginal yeast infection in a patient taking warfarin and erythromycin',
    );
    if (!contra.ok) throw new Error(contra.error);
    expect(contra.summary.focus.note).toMatch(
      /^The question names warfarin and erythromycin taken with it; this note does not weigh the label's indications for a patient taking them all\. .*The fluconazole label's contraindications name erythromycin: /,
    );
  });

  it("reads the patient's age against the ages the label names for the condition", async () => {
    await expectReadings([
      ['escitalopram for depression in a 14 year old', 'depression in a 14 year old', true],
      ['escitalopram for depression in a 9 year old', 'depression in a 9 year old', null],
      ['fluoxetine for depression in a 10 year old', 'depression in a 10 year old', true],
      [
        'losartan for high blood pressure in a 4 year old',
        'high blood pressure in a 4 year old',
        null,
      ],
      // (an adult, where the label names no ages, or adults)
      ['amlodipine for hypertension in a 70 year old', 'hypertension in a 70 year old', true],
      ['fluoxetine for panic disorder in a 15 year old', 'panic disorder in a 15 year old', null],
      // (the patient named first)
      ['montelukast for a 3 year old with asthma', 'asthma in a 3 year old', true],
      // (a count of days is no age: "adult patients with chronic migraine (≥15 days per month")
      ['botulinum toxin type a for pain in a 2 year old', 'pain in a 2 year old', null],
    ]);
  });

  it('reads when, beside an operation, as the label says it', async () => {
    await expectReadings([
      // ("Ondansetron tablets are also indicated for the prevention of postoperative nausea")
      ['ondansetron for nausea after surgery', 'nausea after surgery', true],
      // ("usually in a postoperative setting" is after the operation, not before it)
      ['ketorolac for pain after surgery', 'pain after surgery', true],
      ['ketorolac for pain before surgery', 'pain before surgery', null],
      [
        'enoxaparin for dvt prevention after knee replacement',
        'dvt prevention after knee replacement',
        true,
      ],
      // ("gastrointestinal recovery following surgeries": ileus in other words; "Preanesthetics":
      // what the drug does for apprehension)
      ['alvimopan for ileus', 'ileus', null],
      ['pentobarbital for anxiety', 'anxiety', null],
      ['propofol for generalized anxiety disorder', 'generalized anxiety disorder', false],
    ]);
  });

  it('reads a moderate condition apart from a severe or mild one, and a minor one', async () => {
    await expectReadings([
      ['fenofibrate for moderate hypertriglyceridemia', 'moderate hypertriglyceridemia', null],
      ['oxycodone for moderate pain', 'moderate pain', null],
      ['balsalazide for moderate ulcerative colitis', 'moderate ulcerative colitis', true],
      // (a list's class over six words: "severe or incapacitating a llergic conditions")
      ['dexamethasone for mild asthma', 'mild asthma', null],
      // (an OTC label's "minor skin irritations ... due to eczema")
      ['hydrocortisone for severe eczema', 'severe eczema', null],
    ]);
  });

  it('reads what the patients do not have: not named beside the condition, or named absent', async () => {
    await expectReadings([
      // ("nonvalvular atrial fibrillation"; "chronic kidney disease (CKD) associated with type 2
      // diabetes" is no CKD without diabetes, nor its end stage in the same sentence)
      ['apixaban for afib without valve disease', 'afib without valve disease', true],
      ['finerenone for ckd without diabetes', 'ckd without diabetes', null],
      ['finerenone for heart failure without diabetes', 'heart failure without diabetes', true],
      [
        'canagliflozin for kidney disease without diabetes',
        'kidney disease without diabetes',
        null,
      ],
    ]);
  });

  it('reads how long, for what and in which line a drug is used as the course asked', async () => {
    await expectReadings([
      // (long-term and maintenance use of chronic disease, rescue of an acute attack)
      ['metoprolol for long-term angina', 'long-term angina', true],
      ['montelukast for long-term asthma', 'long-term asthma', true],
      ['montelukast for asthma rescue', 'asthma rescue', null],
      ['nitroglycerin for angina rescue', 'angina rescue', true],
      // ("add-on maintenance treatment of ... patients aged 6 years and older with severe asthma")
      ['benralizumab for asthma rescue', 'asthma rescue', null],
      // ("as a temporary measure in hospitalized patients with acute respiratory insufficiency
      // superimposed on chronic obstructive pulmonary disease")
      ['doxapram for copd maintenance', 'copd maintenance', null],
      ['sumatriptan for migraine maintenance', 'migraine maintenance', null],
      // (a second line of disease that did not respond; a first line of disease not treated)
      ['pimecrolimus for second-line eczema', 'second-line eczema', true],
      ['pimecrolimus for first-line eczema', 'first-line eczema', null],
    ]);
    // ("chronic asthma" is asthma between attacks: not the exercise-induced item, which DO files
    // under its concept of that name)
    const chronic = await index.lookup('montelukast for chronic asthma');
    if (!chronic.ok) throw new Error(chronic.error);
    expect(chronic.summary.focus.note).toMatch(/Prophylaxis and chronic treatment of asthma/);
  });

  it("does not quote an OTC label's instruction as an indication", async () => {
    // ("If no pain relief in 7 days, stop use." in the Uses of a topical diclofenac for arthritis
    // pain had covered "severe pain")
    const severe = await index.lookup('diclofenac for severe pain');
    if (!severe.ok) throw new Error(severe.error);
    expect(severe.summary.focus.note ?? '').not.toMatch(/stop use/);
    expect(severe.summary.focus.labelIndicationsMention).toBe(null);
  });

  it('reads a condition stated as a sentence as its name', async () => {
    await expectReadings([
      ['ibuprofen because my back hurts', 'back pain', true],
      ['my ankles are swollen, can I take furosemide', 'swollen ankles', true],
      ["I can't sleep, will zolpidem help", 'trouble sleeping', true],
      ['sertraline when I feel depressed', 'depression', true],
      ['buspirone for feeling anxious', 'anxiety', true],
      ['hydroxyzine when my skin itches', 'itchy skin', true],
      ['metformin because my sugar is high', 'high blood sugar', true],
      ['metformin to lower my sugar', 'high blood sugar', true],
      ['loperamide when I have the runs', 'diarrhea', true],
      ['metoprolol when my heart is racing', 'racing heart', false],
    ]);
    // (lay words for dyspepsia beside "treats frequent heartburn": neither covered nor left out,
    // as "indigestion" is)
    const upset = await index.lookup('omeprazole for upset stomach');
    if (!upset.ok) throw new Error(upset.error);
    expect(upset.summary.focus.note ?? '').not.toMatch(/does not list/);
  });

  it('answers a brand from its own label, and says whose label covers what it does not', async () => {
    // (Ozempic's label lists type 2 diabetes; WEGOVY's, another product of semaglutide, weight)
    const ozempic = await index.lookup('Ozempic for weight loss');
    if (!ozempic.ok) throw new Error(ozempic.error);
    expect(ozempic.summary.focus.note).toMatch(
      /^Ozempic's own label \(OZEMPIC[^)]*\)[^;]* does not list weight loss among its indications; another FDA label of semaglutide in the data \(WEGOVY/,
    );
    const own = await index.lookup('Ozempic for type 2 diabetes');
    if (!own.ok) throw new Error(own.error);
    expect(own.summary.focus.note).toMatch(/^Ozempic's own FDA label in the data \(OZEMPIC/);
    // (a brand inside another name is not its label: ZYPREXA Relprevv is not Zyprexa, and
    // "Ciprofloxacin, ophthalmic" is not Cipro)
    for (const [question, brand] of [
      ['Zyprexa for bipolar disorder', 'Zyprexa'],
      ['Cipro for pink eye', 'Cipro'],
    ] as const) {
      const r = await index.lookup(question);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.focus.note, question).toMatch(
        new RegExp(`^${brand}'s own label is not in the data`),
      );
    }
  });

  it("answers a product named by its ingredients from that product's label, or says nothing of it", async () => {
    const both = await index.lookup('fluticasone/salmeterol for asthma');
    if (!both.ok) throw new Error(both.error);
    expect(both.summary.drug.id).toBe('salmeterol');
    expect(both.summary.focus.labelIndicationsMention).toBe(true);
    expect(both.summary.focus.note).toMatch(/Fluticasone Propionate And Salmeterol/);
    // (not from fluticasone's nasal spray, nor from Biktarvy, which holds a third ingredient)
    const other = await index.lookup('emtricitabine/tenofovir for hiv');
    if (!other.ok) throw new Error(other.error);
    expect(other.summary.focus.labelIndicationsMention).toBe(null);
    expect(other.summary.focus.note).toMatch(
      /^emtricitabine\/tenofovir is a product of emtricitabine and tenofovir/,
    );
  });

  it('reads a plural abbreviation as the abbreviation', async () => {
    const r = await index.lookup('nitrofurantoin for UTIs');
    if (!r.ok) throw new Error(r.error);
    expect(r.summary.focus.labelIndicationsMention).toBe(true);
    expect(r.summary.focus.labelQuote).toMatch(/urinary tract infections/);
  });

  it('reads a two-letter abbreviation typed in lower case, but not a word', async () => {
    const ra = await index.lookup('methotrexate for ra');
    if (!ra.ok) throw new Error(ra.error);
    expect(ra.summary.focus.condition).toBe('ra');
    expect(ra.summary.focus.labelIndicationsMention).toBe(true);
    const me = await index.lookup('methotrexate for me');
    if (!me.ok) throw new Error(me.error);
    expect(me.summary.focus.condition).toBe(null);
  });

  it('focuses "baclofen for back pain" on the condition', async () => {
    const r = await index.lookup('role of baclofen in low back pain');
    if (!r.ok) throw new Error(r.error);
    expect(r.summary.focus.condition).toBe('low back pain');
    // The label names spasticity with "concomitant pain" (a broader condition): it neither covers
    // low back pain nor can be said not to list it, so the note says nothing about the label.
    expect(r.summary.focus.labelIndicationsMention).toBe(null);
    expect(r.summary.focus.note).not.toMatch(/label/i);
    expect(r.summary.guidelines.items[0]!.aboutCondition).toBe(true);
    expect(r.summary.guidelines.items[0]!.issuer).toBe('American College of Physicians');
  });

  it('shows a label taken by mouth before one only injected, and a treatment before a prophylaxis', async () => {
    for (const [drug, title] of [
      ['ibuprofen', /oral$/],
      ['estradiol', /^Estradiol, oral$/],
      ['haloperidol', /^Haloperidol, oral$/],
    ] as const) {
      const r = await index.lookup(drug);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.label.title, drug).toMatch(title);
    }
    // the injection's label is still read: a plain question is answered by the one that treats
    const asp = await index.lookup('posaconazole for aspergillosis');
    if (!asp.ok) throw new Error(asp.error);
    expect(asp.summary.focus.labelQuote).toMatch(/treatment of invasive aspergillosis/);
    const pda = await index.lookup('ibuprofen for patent ductus arteriosus');
    if (!pda.ok) throw new Error(pda.error);
    expect(pda.summary.focus.note).toMatch(
      /^Another FDA label of ibuprofen in the data \(Ibuprofen Lysine/,
    );
  });

  it('answers a drug asked with another from what their labels say of each other', async () => {
    const both = await index.lookup('can I take ibuprofen with warfarin');
    if (!both.ok) throw new Error(both.error);
    // another drug is no condition ('"warfarin" is not a condition in the bundled vocabulary')
    expect(both.summary.focus.condition).toBe(null);
    expect(both.summary.focus.labelInteraction?.with.id).toBe('warfarin');
    expect(both.summary.focus.labelInteraction?.finding?.labelOf).toBe('warfarin');
    expect(both.summary.focus.note).toMatch(
      /^The warfarin label's drug interactions name ibuprofen: "/,
    );
    // (alcohol the drink is the second substance, not the drug asked about)
    const drink = await index.lookup('is it ok to drink alcohol with metronidazole');
    if (!drink.ok) throw new Error(drink.error);
    expect(drink.summary.drug.id).toBe('metronidazole');
    expect(drink.summary.focus.note).toMatch(
      /^The metronidazole label's contraindications name alcohol: "/,
    );
    const beside = await index.lookup('clopidogrel and omeprazole together');
    if (!beside.ok) throw new Error(beside.error);
    expect(beside.summary.focus.note).toMatch(/Avoid concomitant use of omeprazole/);
    // neither found: no absence is claimed (the OTC acetaminophen label's alcohol warning is not
    // read as an interaction), only a label missing from the data
    const none = await index.lookup('tylenol with alcohol');
    if (!none.ok) throw new Error(none.error);
    expect(none.summary.focus.labelInteraction?.finding).toBe(null);
    expect(none.summary.focus.note).toBe(null);
    const missing = await index.lookup('lisinopril with ibuprofen');
    if (!missing.ok) throw new Error(missing.error);
    expect(missing.summary.focus.note).toBe(
      'No label of lisinopril alone is in the bundled data, so what its label says of ibuprofen cannot be shown.',
    );
    // a group of salts is read as itself and as each member the label names ("calcium
    // carbonate"); "iron" after "and" or "with" is the supplement, not disorders of iron
    const salt = await index.lookup('levothyroxine with calcium');
    if (!salt.ok) throw new Error(salt.error);
    expect(salt.summary.focus.labelInteraction?.with.id).toBe('calcium');
    expect(salt.summary.focus.labelInteraction?.finding?.names.id).toBe('calcium-carbonate');
    expect(salt.summary.focus.note).toMatch(
      /^The levothyroxine label's drug interactions name calcium carbonate: ".*calcium carbonate/,
    );
    for (const q of ['doxycycline with iron', 'doxycycline and iron']) {
      const r = await index.lookup(q);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.focus.condition, q).toBe(null);
      expect(r.summary.focus.note, q).toMatch(
        /^The doxycycline label's drug interactions name iron/,
      );
    }
    // alcohol beside a known name is the second substance, whichever comes first; beside a name
    // the index does not know, that name is said to be missing (not alcohol's summary)
    const first = await index.lookup('alcohol with tylenol');
    if (!first.ok) throw new Error(first.error);
    expect(first.summary.drug.id).toBe('acetaminophen');
    expect(first.summary.focus.labelInteraction?.with.id).toBe('alcohol');
    const unknown = await index.lookup('nyquil with alcohol');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.error).toMatch(/^"nyquil" is not in the index/);
    // a drug asked "for" is its use disorder, not a second drug: "naltrexone for alcohol"
    const use = await index.lookup('naltrexone for alcohol');
    if (!use.ok) throw new Error(use.error);
    expect(use.summary.focus.labelInteraction).toBe(null);
    expect(use.summary.focus.condition).toBe('alcohol use disorder');
    expect(use.summary.focus.labelIndicationsMention).toBe(true);
    // (but "for low potassium" is the condition, though "potassium" names the group)
    const low = await index.lookup('potassium chloride for low potassium');
    if (!low.ok) throw new Error(low.error);
    expect(low.summary.focus.labelInteraction).toBe(null);
    expect(low.summary.focus.labelIndicationsMention).toBe(true);
    // a comparison, or a drug inside a condition's name, is no second drug
    for (const q of ['ibuprofen vs acetaminophen', 'naltrexone for alcohol use disorder']) {
      const r = await index.lookup(q);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.focus.labelInteraction, q).toBe(null);
    }
  });

  it('reads pregnancy, breastfeeding, children and older adults, and nothing that is a condition', () => {
    for (const [words, population] of [
      ['pregnancy', 'pregnancy'],
      ['I take while pregnant', 'pregnancy'],
      ['while breast feeding', 'lactation'],
      ['children aged 2', 'pediatricUse'],
      ['a 5 year old', 'pediatricUse'],
      ['the elderly', 'geriatricUse'],
      // a purpose, a condition beside them, or a place
      ['prevent pregnancy', null],
      ['nausea and vomiting of pregnancy', null],
      ['fever in children', null],
      ['nursing home', null],
    ] as const)
      expect(askedPopulation(words), words).toBe(population);
  });

  it('answers each of two conditions asked at once, and orders items about either first', async () => {
    // metformin's label: type 2 diabetes only (read from the label, not the output)
    const two = await index.lookup('metformin for diabetes and obesity');
    if (!two.ok) throw new Error(two.error);
    const note = two.summary.focus.note ?? '';
    expect(note).toMatch(/^Diabetes: The FDA label's indications include type 2 diabetes mellitus/);
    expect(note).toMatch(
      / Obesity: The FDA label \(Metformin Hydrochloride, oral\) does not list obesity/,
    );
    // the label's word is not claimed for the pair as a whole
    expect(two.summary.focus.labelIndicationsMention).toBe(null);
    const tags = two.summary.guidelines.items.map((g) => g.aboutCondition);
    expect(tags[0]).toBe(true);
    expect(tags.indexOf(false)).toBeGreaterThan(0);
    expect(tags.slice(tags.indexOf(false))).not.toContain(true);
    // words after the last condition may belong to all: no split
    const nvp = await index.lookup('doxylamine for nausea and vomiting of pregnancy');
    if (!nvp.ok) throw new Error(nvp.error);
    expect(nvp.summary.focus.note).not.toMatch(/^Nausea:/);
  });

  it('answers a question about one part of the label from that section, shown first', async () => {
    for (const [q, asked] of [
      ['metformin side effects', 'adverseReactions'],
      ['what are the side effects of sertraline', 'adverseReactions'],
      ['sertraline black box warning', 'boxedWarning'],
      ['metformin contraindications', 'contraindications'],
      ['warfarin interactions', 'interactions'],
      ['baclofen dose', 'dosing'],
    ] as const) {
      const r = await index.lookup(q);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.focus.labelAspect?.asked, q).toBe(asked);
      const item = r.summary.label.items[0]!;
      expect(item.key, q).toBe(asked);
      // the quote is the section's own opening, word for word
      const quote = r.summary.focus.labelAspect!.quote!.replace(/ …$/, '');
      expect(item.text.startsWith(quote), q).toBe(true);
      expect(r.summary.focus.note, q).toContain(quote);
    }
    // a sentence said twice is quoted once ("None. None"); a heading alone is no text
    const none = await index.lookup('topiramate contraindications');
    if (!none.ok) throw new Error(none.error);
    expect(none.summary.focus.labelAspect?.quote).toBe('None.');
    const heading = await index.lookup('buspirone interactions');
    if (!heading.ok) throw new Error(heading.error);
    expect(heading.summary.focus.labelAspect?.quote).toBe(null);
    expect(heading.summary.focus.note).toBe(
      'No drug interactions text of the buspirone label is in the bundled data.',
    );
    // a condition asked beside it is answered as a condition
    const dose = await index.lookup('sertraline dose for depression');
    if (!dose.ok) throw new Error(dose.error);
    expect(dose.summary.focus.labelAspect).toBe(null);
    expect(dose.summary.focus.labelIndicationsMention).toBe(true);
  });

  it('reads a dose or a frequency as no condition ("metformin 500 mg BID", a chart line)', async () => {
    for (const q of ['metformin 500 mg BID', 'K-Dur 20 mEq', 'insulin glargine 10 units']) {
      const r = await index.lookup(q);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.focus.condition, q).toBe(null);
      expect(r.summary.focus.note ?? '', q).not.toMatch(/not a condition/);
    }
    const dosed = await index.lookup('metformin 500 mg bid for type 2 diabetes');
    if (!dosed.ok) throw new Error(dosed.error);
    expect(dosed.summary.focus.condition).toBe('type 2 diabetes');
    // (the units the highlighter reads as a dose: "2 puffs")
    const puffs = await index.lookup('albuterol 2 puffs q4h prn for asthma');
    if (!puffs.ok) throw new Error(puffs.error);
    expect(puffs.summary.focus.condition).toBe('asthma');
  });

  it('reads the form of the drug out of the condition, and names what resolved', async () => {
    const cream = await index.lookup('hydrocortisone cream for eczema');
    if (!cream.ok) throw new Error(cream.error);
    expect(cream.summary.focus.condition).toBe('eczema');
    const pregnancy = await index.lookup('losartan for hypertension in pregnancy');
    if (!pregnancy.ok) throw new Error(pregnancy.error);
    // the label names no pregnancy beside its hypertension indication: nothing is said of it, and
    // the counts are about hypertension, not "hypertension pregnancy"
    expect(pregnancy.summary.focus.labelIndicationsMention).toBe(null);
    expect(pregnancy.summary.focus.note).toMatch(/about hypertension shown first/);
  });

  it('reads the condition after "for" when the other words ask about the drug', async () => {
    for (const [question, condition] of [
      ['is baclofen safe for back pain', 'back pain'],
      ['can I take ibuprofen for a headache', 'headache'],
      ['lisinopril vs losartan for hypertension', 'hypertension'],
      ['metformin or insulin for diabetes', 'diabetes'],
      ['baclofen dose for spasticity', 'spasticity'],
      ['sertraline 50 mg for depression', 'depression'],
      ['oral prednisone for asthma', 'asthma'],
      ['rifabutin vs placebo for tuberculosis', 'tuberculosis'],
      // (the asking in a label's words)
      ['is gabapentin approved for anxiety', 'anxiety'],
      ['can metformin be used for weight loss', 'weight loss'],
      ['amoxicillin indicated for sinusitis?', 'sinusitis'],
      ['sertraline for someone with depression', 'depression'],
      // not where other words name the condition
      ['aspirin heart attack prevention in diabetics', 'heart attack prevention in diabetics'],
    ] as const) {
      const r = await index.lookup(question);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.focus.condition, question).toBe(condition);
    }
    // and what is asked of the drug, or a drug it is compared with, is no condition
    for (const question of [
      'what is sertraline used for',
      'metformin side effects',
      'sertraline dose',
      'warfarin interactions',
      'ibuprofen vs acetaminophen',
    ]) {
      const r = await index.lookup(question);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.focus.condition, question).toBeNull();
    }
  });

  it("answers a question about harm from the label's warnings, not its indications", async () => {
    // asked about the patients: no word on what the drug is for, the contraindication quoted
    const safe = await index.lookup('is metformin safe in kidney disease');
    if (!safe.ok) throw new Error(safe.error);
    expect(safe.summary.focus.condition).toBe('kidney disease');
    expect(safe.summary.focus.labelIndicationsMention).toBe(null);
    expect(safe.summary.focus.labelSafety?.section).toBe('boxed warning');
    expect(safe.summary.focus.note).toMatch(
      /boxed warning names renal impairment.*Risk factors for metformin-associated lactic acidosis include renal impairment/,
    );
    // "in" or "with" may ask either: the indications' word, then the warning
    const inIt = await index.lookup('metformin in kidney disease');
    if (!inIt.ok) throw new Error(inIt.error);
    expect(inIt.summary.focus.labelIndicationsMention).toBe(false);
    expect(inIt.summary.focus.labelSafety?.section).toBe('boxed warning');
    // named side by side: the indications' word, then the warning
    const side = await index.lookup('propranolol asthma');
    if (!side.ok) throw new Error(side.error);
    expect(side.summary.focus.note).toMatch(
      /does not list asthma among its indications\. The label's contraindications name asthma: "Propranolol is contraindicated in/,
    );
    // an indication question keeps its plain answer, with "for" or with words of use
    for (const question of ['propranolol for asthma', 'isotretinoin treatment of depression']) {
      const use = await index.lookup(question);
      if (!use.ok) throw new Error(use.error);
      expect(use.summary.focus.labelSafety, question).toBe(null);
    }
    // "bone marrow depression" is no depression
    const marrow = await index.lookup('carbamazepine depression');
    if (!marrow.ok) throw new Error(marrow.error);
    expect(marrow.summary.focus.labelSafety).toBe(null);
  });

  it('answers a misspelling with the drug, but a word that only starts like a name with suggestions', async () => {
    for (const [query, drugId] of [
      ['baclophen', 'baclofen'],
      ['trazadone', 'trazodone'],
      ['furosamide', 'furosemide'],
      ['ceftaroline', 'ceftaroline-fosamil'],
      ['plan b', 'levonorgestrel'],
    ] as const) {
      const r = await index.lookup(query);
      expect(r.ok && r.summary.drug.id, query).toBe(drugId);
    }
    // "saline" answered as benzocaine (Salinocaine), "chemo" as succimer (Chemet): the nearest
    // names are offered, none is chosen ("potassium" alone is the group of potassium salts)
    for (const query of ['saline', 'chemo', 'immune globulin']) {
      const r = await index.lookup(query);
      expect(r.ok, query).toBe(false);
      if (!r.ok) expect(r.suggestions.length, query).toBeGreaterThan(0);
    }
  });

  it("does not answer a condition a drug causes with that drug's indications", async () => {
    // "acetaminophen overdose" said an OTC label "does not list overdose among its indications";
    // "alcohol withdrawal" quoted a hand sanitizer's
    for (const question of [
      'acetaminophen overdose',
      'alcohol withdrawal',
      'heparin-induced thrombocytopenia',
    ]) {
      const r = await index.lookup(question);
      expect(r.ok, question).toBe(false);
      if (!r.ok) expect(r.error, question).toMatch(/is about a condition that involves/);
    }
    // the drug asked about is the one that is not part of the condition
    const r = await index.lookup('acetaminophen overdose acetylcysteine');
    expect(r.ok && r.summary.drug.id).toBe('acetylcysteine');
    const naltrexone = await index.lookup('naltrexone for alcohol use disorder');
    expect(naltrexone.ok && naltrexone.summary.drug.id).toBe('naltrexone');
    // a drug's name before "deficiency" stays in the condition ("deficiency" alone was asked)
    const b12 = await index.lookup('vitamin b12 deficiency');
    expect(b12.ok && [b12.summary.drug.id, b12.summary.focus.condition]).toEqual([
      'vitamin-b12',
      'vitamin b12 deficiency',
    ]);
    const ida = await index.lookup('iron deficiency anemia iron sucrose');
    expect(ida.ok && [ida.summary.drug.id, ida.summary.focus.condition]).toEqual([
      'iron-sucrose',
      'iron deficiency anemia',
    ]);
  });

  it('gives no label verdict for a product of several ingredients, whose own label was not read', async () => {
    // "norco for back pain" quoted an OTC acetaminophen label's "backache"; "qsymia for weight
    // loss" said topiramate's labels do not list weight loss
    for (const [question, drug] of [
      ['norco for back pain', 'acetaminophen'],
      ['qsymia for weight loss', 'topiramate'],
    ] as const) {
      const r = await index.lookup(question);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.drug.id, question).toBe(drug);
      expect(r.summary.focus.labelIndicationsMention, question).toBeNull();
      expect(r.summary.focus.note, question).toMatch(
        /is a product of .* and .*; this summary is for .*, and says nothing of what .* own label lists\./,
      );
    }
    // a brand whose own label is not in the data is said so first: a brand's indications may
    // differ from another's of the same drug ("mounjaro for diabetes" read Zepbound's label)
    const mounjaro = await index.lookup('mounjaro for diabetes');
    expect(mounjaro.ok && mounjaro.summary.focus.note).toMatch(
      /^mounjaro's own label is not in the data; what follows is from the labels of tirzepatide that are\. The FDA label \(Zepbound/,
    );
    const plain = await index.lookup('tirzepatide for diabetes');
    expect(plain.ok && plain.summary.focus.note).not.toMatch(/own label is not in the data/);
    // unless the product's own label is in the data
    const orlynvah = await index.lookup('orlynvah for uti');
    expect(orlynvah.ok && orlynvah.summary.focus.labelIndicationsMention).toBe(true);
  });

  it('reads a misspelled condition as the one vocabulary word a letter away, and says so', async () => {
    for (const [question, read] of [
      ['lisinopril for hypertention', 'hypertension'],
      ['warfarin for atrial fibrilation', 'atrial fibrillation'],
      ['sertraline for depresion', 'depression'],
    ] as const) {
      const r = await index.lookup(question);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.focus.condition, question).toBe(read);
      expect(r.summary.focus.note, question).toMatch(new RegExp(`^Read ".*" as "${read}"\\.`));
    }
    // "diabeties" is a letter from "diabetes" and from "diabetic", and only the first makes a
    // condition; a five-letter word is read where the vocabulary's is a letter longer
    for (const [question, read] of [
      ['metformin for diabeties', 'diabetes'],
      ['albuterol for astma', 'asthma'],
      ['sumatriptan for migrane', 'migraine'],
    ] as const) {
      const r = await index.lookup(question);
      expect(r.ok && r.summary.focus.condition, question).toBe(read);
    }
    // "myolitis" is a letter from myositis and from myelitis, both conditions: no guess
    const two = await index.lookup('prednisone for myolitis');
    expect(two.ok && two.summary.focus.note).toMatch(
      /is not a condition in the bundled vocabulary/,
    );
  });

  it('answers a class of drugs with its members, never a near spelling', async () => {
    // fuzzy search alone answered "statins" with nystatin and "water pills" with sterile water
    for (const [question, member] of [
      ['statins for high cholesterol', 'atorvastatin'],
      ['water pills for swelling', 'furosemide'],
      ['can I take blood thinners for afib', 'warfarin'],
      ['SSRIs', 'sertraline'],
      ['beta blockers', 'metoprolol'],
    ] as const) {
      const r = await index.lookup(question);
      expect(r.ok, question).toBe(false);
      if (r.ok) continue;
      expect(r.error, question).toMatch(/names a class of drugs, not one drug/);
      expect(r.classOf, question).toBeTruthy();
      expect(
        r.suggestions.map((s) => s.drugId),
        question,
      ).toContain(member);
    }
    const none = await index.lookup('antihistamines for hives');
    expect(none.ok).toBe(false);
    if (!none.ok) {
      expect(none.error).toMatch(/lists no members of it/);
      expect(none.suggestions).toEqual([]);
    }
    // a drug's own name is the drug, not its class
    for (const question of ['insulin for diabetes', 'statin', 'nystatin for thrush'] as const) {
      const r = await index.lookup(question);
      if (question === 'statin') expect(r.ok).toBe(false);
      else expect(r.ok, question).toBe(true);
    }
  });

  it('keeps "use" inside a condition\'s name', async () => {
    const r = await index.lookup('hydromorphone for opioid use disorder');
    if (!r.ok) throw new Error(r.error);
    expect(r.summary.focus.condition).toBe('opioid use disorder');
    expect(r.summary.focus.note).toMatch(/about opioid use disorder/);
    // so are "and", "of" and "of the" ("head neck cancer" was named so)
    const neck = await index.lookup('cisplatin for head and neck cancer');
    if (!neck.ok) throw new Error(neck.error);
    expect(neck.summary.focus.condition).toBe('head and neck cancer');
    expect(neck.summary.focus.note).toMatch(/lists head and neck cancer among/);
    const aorta = await index.lookup('alprostadil for coarctation of the aorta');
    if (!aorta.ok) throw new Error(aorta.error);
    expect(aorta.summary.focus.condition).toBe('coarctation of the aorta');
    // and so is the letter of a name ("hepatitis a" was named "hepatitis"), not an article
    const hepA = await index.lookup('havrix for hepatitis a');
    if (!hepA.ok) throw new Error(hepA.error);
    expect(hepA.summary.focus.condition).toBe('hepatitis a');
    // and so are "in" and "on" between the words of a lay name (it was named "fluid lungs")
    const lungs = await index.lookup('heparin for fluid in the lungs');
    if (!lungs.ok) throw new Error(lungs.error);
    expect(lungs.summary.focus.condition).toBe('fluid in the lungs');
    expect(lungs.summary.focus.note).toMatch(/does not list fluid in the lungs among/);
    const surgery = await index.lookup('cefazolin for infection after surgery');
    if (!surgery.ok) throw new Error(surgery.error);
    expect(surgery.summary.focus.condition).toBe('infection after surgery');
    const back = await index.lookup('baclofen for a bad back');
    if (!back.ok) throw new Error(back.error);
    expect(back.summary.focus.condition).toBe('bad back');
    // resolved as "extrapyramidal disorder": the note keeps the words asked, not "extrapyramidal"
    const eps = await index.lookup('trihexyphenidyl for extrapyramidal symptoms');
    if (!eps.ok) throw new Error(eps.error);
    expect(eps.summary.focus.note).toMatch(/^The FDA label's indications include it: /);
    const epsCounted = await index.lookup('amantadine for extrapyramidal symptoms');
    if (!epsCounted.ok) throw new Error(epsCounted.error);
    expect(epsCounted.summary.focus.note).toMatch(/about extrapyramidal symptoms shown first\./);
    // a label's word for the patients is named as the condition it stands for
    const psychosis = await index.lookup('thioridazine for psychosis');
    if (!psychosis.ok) throw new Error(psychosis.error);
    expect(psychosis.summary.focus.note).toMatch(
      /^The FDA label's indications include schizophrenia, which the condition vocabulary files under psychosis: "/,
    );
  });

  it('reads the curated condition links and terms as the labels need them', async () => {
    // (DO files malignant pleural mesothelioma under squamous cell carcinoma, MeSH Mesothelioma
    // under Adenoma; neither is, and DO's mesotheliomas had no link to MeSH's)
    for (const [question, covers] of [
      ['pemetrexed for squamous cell carcinoma', false],
      ['pemetrexed for adenoma', false],
      ['ipilimumab for mesothelioma', true],
      ['eculizumab for pnh', true],
      ['tolvaptan for siadh', true],
      ['telavancin for hospital-acquired pneumonia', true],
      ['tigecycline for habp', false],
      // (MeSH files melanoma under neuroendocrine tumors, gliomas under germ cell tumors; DO's
      // carcinoma was joined to MeSH's glandular and epithelial neoplasms; bare "Paget's disease"
      // was DO's mammary one, not the bone disease of bisphosphonate labels)
      ['dacarbazine for neuroendocrine tumor', false],
      ['temozolomide for germ cell tumor', false],
      ['temozolomide for carcinoma', false],
      ['risedronate for breast cancer', false],
      ["alendronate for paget's disease", true],
      // (MeSH files esophageal varices under portal hypertension, DO cutaneous under peripheral
      // T-cell lymphoma; labels name neither so)
      ['ethanolamine oleate for esophageal varices', true],
      ['ethanolamine oleate for portal hypertension', false],
      ['denileukin diftitox for cutaneous t-cell lymphoma', true],
      ['denileukin diftitox for peripheral t-cell lymphoma', false],
      ['belinostat for peripheral t-cell lymphoma', true],
      // (withdrawal from one substance, a part of Substance Withdrawal Syndrome: covered where
      // the label names the substance)
      ['lofexidine for opioid withdrawal', true],
      ['lofexidine for alcohol withdrawal', false],
      ['diazepam for alcohol withdrawal', true],
      // (plaque psoriasis, a part of psoriasis: not covered by generalized pustular psoriasis)
      ['efinaconazole for toenail fungus', true],
      ['adalimumab for plaque psoriasis', true],
      ['spesolimab for plaque psoriasis', false],
      ['spesolimab for psoriasis', true],
      // (a word the vocabulary gives to another condition: "cold" was DO's COLD, chronic
      // obstructive lung disease; MODY, a monogenic diabetes, MeSH's type 2 diabetes; MeSH's
      // pneumonitis, aura, abdominal migraine, liver fibrosis and palmoplantar pustulosis are
      // entry terms of pneumonia, epilepsy, migraine, cirrhosis and psoriasis; "stress ulcer" a
      // DO synonym of duodenal ulcer)
      ['tiotropium for cold', false],
      ['pseudoephedrine for a cold', true],
      ['cyproheptadine for a cold', false],
      ['metformin for MODY', false],
      ['azithromycin for pneumonitis', false],
      ['topiramate for aura', false],
      ['sumatriptan for abdominal migraine', false],
      ['furosemide for liver fibrosis', false],
      ['apremilast for palmoplantar pustulosis', false],
      ['famotidine for stress ulcer prophylaxis', false],
      // (an encephalopathy is no stroke or migraine, though both vocabularies give the word to
      // every brain disease)
      ['atorvastatin for encephalopathy', false],
      ['lactulose for encephalopathy', true],
      // (frozen shoulder, adhesive capsulitis, is no bursitis, though MeSH files it there)
      ['naproxen for frozen shoulder', false],
      ['naproxen for bursitis', true],
      // (schizoaffective disorder is one psychotic disorder, which MeSH gives as a term of all)
      ['haloperidol for schizoaffective disorder', false],
      ['paliperidone for schizoaffective disorder', true],
      // (abbreviations clinicians write that neither vocabulary carries)
      ['tocilizumab for gca', true],
      ['sarilumab for pmr', true],
      ['linezolid for ssti', true],
      // (chronic rhinosinusitis with nasal polyps is a sinusitis; DO gave "rhino-sinusitis" to
      // the common cold)
      ['mepolizumab for sinusitis', true],
    ] as const) {
      const r = await index.lookup(question);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.focus.labelIndicationsMention === true, question).toBe(covers);
    }
  });

  it('reads an abbreviation that is also a word only in capitals', async () => {
    const face = await index.lookup('tretinoin for my face');
    if (!face.ok) throw new Error(face.error);
    expect(face.summary.focus.concepts).toEqual([]);
    const all = await index.lookup('vincristine for ALL');
    if (!all.ok) throw new Error(all.error);
    expect(all.summary.focus.concepts.map((c) => c.name)).toEqual(['acute lymphoblastic leukemia']);
  });

  it('counts a study about a condition held only as a broader concept only where it names the asked words', async () => {
    // (lofexidine's reviews are about opioid withdrawal, which is filed, like alcohol withdrawal,
    // under Substance Withdrawal Syndrome)
    const alcohol = await index.lookup('lofexidine for alcohol withdrawal');
    if (!alcohol.ok) throw new Error(alcohol.error);
    const studies = alcohol.summary.research.groups.flatMap((g) => g.items);
    expect(studies.length).toBeGreaterThan(0);
    expect(studies.filter((s) => s.aboutCondition)).toEqual([]);
    // (and the note claims no absence: the matcher can miss, so "none is about it" is not a fact)
    expect(alcohol.summary.focus.note ?? '').not.toMatch(/stud(?:y|ies) about|no study/i);
    const opioid = await index.lookup('lofexidine for opioid withdrawal');
    if (!opioid.ok) throw new Error(opioid.error);
    expect(opioid.summary.focus.note).toMatch(/\d+ stud(?:y|ies) about opioid withdrawal shown/);
  });

  it('finds the label of a drug whose label names its salt or ester', async () => {
    // "dabigatran" is written for Pradaxa's dabigatran etexilate; "nintedanib" for its esylate
    for (const [query, title] of [
      ['dabigatran', /dabigatran etexilate/i],
      ['nintedanib', /nintedanib/i],
      ['pentamidine', /pentamidine isethionate/i],
      ['cabozantinib', /cabozantinib/i],
      // (a solvate: openFDA names Mekinist's substance "trametinib dimethyl sulfoxide")
      ['trametinib', /Mekinist/i],
      // (another name: the label's generic name is the ingredient RxNorm lists, with its brands)
      ['ferric citrate', /Auryxia/i],
      ['epoetin alfa', /epoetin alfa/i],
      ['Procrit', /epoetin alfa/i],
      ['ferumoxytol', /Feraheme/i],
      ['Questran', /cholestyramine/i],
    ] as const) {
      const r = await index.lookup(query);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.label.title ?? '').toMatch(title);
    }
  });

  it('finds a radionuclide by its element and mass number, not the element alone', async () => {
    for (const [query, id] of [
      ['radium-223 for prostate cancer', 'radium-ra-223-dichloride'],
      ['Ra-223', 'radium-ra-223-dichloride'],
      ['rubidium-82', 'rubidium-chloride-rb-82'],
      ['xenon-133', 'xenon-xe-133'],
    ] as const) {
      const r = await index.lookup(query);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.drug.id).toBe(id);
    }
    // (and the condition is read without the mass number)
    const r = await index.lookup('radium-223 for prostate cancer');
    expect(r.ok && r.summary.focus.condition).toBe('prostate cancer');
  });

  it('reads a product packed with its diluent as a single-ingredient product', async () => {
    // (Remodulin's label lists "Sterile Diluent for Remodulin" and its water beside treprostinil)
    const r = await index.lookup('Remodulin for pulmonary arterial hypertension');
    if (!r.ok) throw new Error(r.error);
    expect(r.summary.drug.id).toBe('treprostinil');
    expect(r.summary.focus.note).toMatch(/^The FDA label's indications include it/);
  });

  it('finds a misspelled drug in a question', async () => {
    const r = await index.lookup('baclophen for back pain');
    expect(r.ok && r.summary.drug.id).toBe('baclofen');
  });

  it('says what is missing rather than filling a section', async () => {
    const r = await index.lookup('aspirin');
    if (!r.ok) throw new Error(r.error);
    expect(r.summary.label.empty).toMatch(/No FDA label for aspirin/);
  });

  it('gives a clear error with nearest names for an unknown name', async () => {
    const r = await index.lookup('qwxyzzyq');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toContain('not in the index');
  });
});

describe('a broken index gives a clear message', () => {
  const copy = () => {
    const dir = mkdtempSync(join(tmpdir(), 'rxlens-index-'));
    for (const f of ['meta.json', 'lexicon.json']) cpSync(join(DATA_DIR, f), join(dir, f));
    mkdirSync(join(dir, 'drugs'));
    cpSync(join(DATA_DIR, 'drugs', 'baclofen.json'), join(dir, 'drugs', 'baclofen.json'));
    return dir;
  };

  it('names a missing file', async () => {
    const dir = copy();
    writeFileSync(join(dir, 'lexicon.json'), '');
    await expect(openIndex(dir).search('baclofen')).rejects.toThrow(
      /lexicon\.json is missing or unreadable/,
    );
  });

  it('names the field of a schema-invalid shard', async () => {
    const dir = copy();
    const entry = JSON.parse(readFileSync(join(dir, 'drugs', 'baclofen.json'), 'utf8'));
    entry.research = 'oops';
    writeFileSync(join(dir, 'drugs', 'baclofen.json'), JSON.stringify(entry));
    await expect(openIndex(dir).lookup('baclofen')).rejects.toThrow(
      /drugs\/baclofen\.json is not a valid index file: research/,
    );
  });

  it('refuses an index from another schema version', async () => {
    const dir = copy();
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8'));
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ ...meta, schemaVersion: 0 }));
    await expect(openIndex(dir).getLexicon()).rejects.toThrow(/schema version 0/);
  });
});

describe('names of the complete vocabulary', () => {
  it('folds biosimilar suffixes to the drug and reads "alpha" as "alfa"', async () => {
    const { DrugMatcher } = await import('../../src/core/drug-matcher');
    const { lexiconFromFile } = await import('../../src/core/lexicon-file');
    const lexicon = lexiconFromFile(
      JSON.parse(readFileSync(join(DATA_DIR, 'lexicon.json'), 'utf8')),
    );
    const found = new DrugMatcher(lexicon)
      .find('adalimumab-aaty, epoetin alpha, interferon alfa-2b, salbutamol, gliclazide')
      .map((m) => m.drugId);
    expect(found).toEqual([
      'adalimumab',
      'epoetin',
      'interferon-alfa-2b',
      'albuterol',
      'gliclazide',
    ]);
    expect(lexicon.drugs.some((d) => d.id === 'adalimumab-aaty')).toBe(false);
  });

  it('gives "insulin" alone a view that names its members and says no single label covers it', async () => {
    const r = await index.lookup('insulin');
    if (!r.ok) throw new Error(r.error);
    expect(r.summary.drug.groupOf?.map((m) => m.id)).toContain('insulin-glargine');
    expect(r.summary.label.items).toEqual([]);
    expect(r.summary.label.empty).toMatch(
      /names a group of drugs, so no single FDA label covers it.*insulin glargine/,
    );
    // "calcium", "iron": the salt unsaid. The labels under "iron" alone are combination and
    // homeopathic products, and "calcium" was calcium chloride, an injection, by the top-300 list
    for (const [query, member] of [
      ['calcium', 'calcium-carbonate'],
      ['iron', 'ferrous-sulfate'],
      ['potassium', 'potassium-chloride'],
    ] as const) {
      const r = await index.lookup(query);
      if (!r.ok) throw new Error(r.error);
      expect(r.summary.drug.id, query).toBe(query);
      expect(
        r.summary.drug.groupOf?.map((m) => m.id),
        query,
      ).toContain(member);
      expect(r.summary.label.title, query).toBe(null);
    }
    // a group asked for a condition is answered by a member's label that covers it, and never
    // said not to list it (its members' labels are not all in the data)
    const low = await index.lookup('potassium for low potassium');
    if (!low.ok) throw new Error(low.error);
    expect(low.summary.focus.labelIndicationsMention).toBe(true);
    expect(low.summary.focus.note).toMatch(
      /^The FDA label of potassium chloride \(Potassium Chloride, oral\), one of the drugs "potassium" names, includes it: "/,
    );
    const none = await index.lookup('magnesium for constipation');
    if (!none.ok) throw new Error(none.error);
    expect(none.summary.focus.note ?? '').not.toMatch(/does not list|None of the/);
  });

  it('does not read a product code that starts like an abbreviation as the drug', async () => {
    // "Antistaphylococcal immunoglobulins (INH A-21 and Altastaph) are not recommended ...": INH
    // is isoniazid's abbreviation, INH A-21 an immunoglobulin
    const r = await index.lookup('isoniazid');
    if (!r.ok) throw new Error(r.error);
    const studies = r.summary.research.groups.flatMap((g) => g.items);
    expect(studies.length).toBeGreaterThan(3);
    expect(studies.filter((s) => s.finding.includes('INH A-21'))).toEqual([]);
  });
});

describe('drug ids', () => {
  it('of every drug the index holds are read back, the longest one included', async () => {
    const { DRUG_ID } = await import('../../src/core/normalize');
    const { lexiconFromFile } = await import('../../src/core/lexicon-file');
    const lexicon = lexiconFromFile(
      JSON.parse(readFileSync(join(DATA_DIR, 'lexicon.json'), 'utf8')),
    );
    expect(lexicon.drugs.filter((d) => !DRUG_ID.test(d.id)).map((d) => d.id)).toEqual([]);
    const longest = lexicon.drugs.reduce((a, b) => (b.id.length > a.id.length ? b : a));
    expect(longest.id.length).toBeGreaterThan(121);
    const r = await index.lookup(`${longest.name} for infection`);
    expect(r.ok && r.summary.drug.id).toBe(longest.id);
  });
});

describe('combination brands', () => {
  it('name every ingredient, also the "A" ones the staged RxNorm brand list drops', async () => {
    const { lexiconFromFile } = await import('../../src/core/lexicon-file');
    const lexicon = lexiconFromFile(
      JSON.parse(readFileSync(join(DATA_DIR, 'lexicon.json'), 'utf8')),
    );
    const of = (brand: string) =>
      lexicon.names
        .find((n) => n.text === brand)!
        .drugs.map((d) => lexicon.drugs[d]!.id)
        .sort();
    expect(of('Augmentin')).toEqual(['amoxicillin', 'clavulanate']);
    expect(of('Percocet')).toEqual(['acetaminophen', 'oxycodone']);
    expect(of('Lotrel')).toEqual(['amlodipine', 'benazepril']);
    expect(of('Tylenol PM')).toEqual(['acetaminophen', 'diphenhydramine']);
    // a product of the same line with another ingredient is not the brand's
    expect(of('Sensorcaine')).toEqual(['bupivacaine']);
  });
});
