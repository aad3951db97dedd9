// The focus note's verdict on one label's indications, on label wordings from the bundled data
// (metronidazole, fluconazole, hydralazine, clonazepam, prednisone, primidone), with the real
// condition vocabulary. Each case is a wording that once made the note wrong or silent.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelVerdict } from '../../src/core/condition-focus';
import { ConditionVocabulary } from '../../src/core/conditions';
import type { Label } from '../../src/core/index-schema';

const vocabulary = new ConditionVocabulary(
  JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/conditions.json'), 'utf8')),
);

function label(indications: string): Label {
  return {
    setId: 'test',
    title: 'Test tablets',
    effectiveDate: null,
    version: null,
    manufacturer: null,
    route: 'oral',
    routes: ['oral'],
    amounts: [],
    url: 'https://dailymed.nlm.nih.gov/',
    combination: false,
    sections: { indications: { text: indications, truncated: false } },
    warningTopics: [],
    patientText: null,
    otherIndications: [],
    missingSections: [],
  } as unknown as Label;
}

function verdict(indications: string, condition: string) {
  return labelVerdict(label(indications), vocabulary.resolve(condition)!);
}

describe('label focus: what the indications state', () => {
  it('reads a heading followed by the sentence that indicates the drug', () => {
    const v = verdict(
      'Symptomatic Trichomoniasis. Metronidazole tablets are indicated for the treatment of T. vaginalis infection in females and males. Amebiasis Metronidazole tablets are indicated in the treatment of acute intestinal amebiasis.',
      'trichomoniasis',
    );
    expect(v.kind).toBe('covers');
    expect(v.kind === 'covers' && v.quote).toMatch(
      /^Symptomatic Trichomoniasis\. … Metronidazole tablets are indicated for the treatment of T\. vaginalis infection/,
    );
  });

  it('reads a section that is only a list of conditions', () => {
    const v = verdict(
      'INDICATIONS AND USAGE Essential hypertension, alone or as an adjunct.',
      'hypertension',
    );
    expect(v.kind).toBe('covers');
  });

  it('reads an item in a list of fragments after "indicated for the treatment of:"', () => {
    const text =
      'Fluconazole tablets are indicated for the treatment of: Vaginal candidiasis (vaginal yeast infections due to Candida ). Esophageal candidiasis. In open noncomparative studies, fluconazole tablets were also effective for the treatment of Candida urinary tract infections. Cryptococcal meningitis . Before prescribing fluconazole tablets for AIDS patients with cryptococcal meningitis , please see CLINICAL STUDIES section.';
    const v = verdict(text, 'esophageal candidiasis');
    expect(v.kind).toBe('covers');
    expect(v.kind === 'covers' && v.quote).toBe(
      'Fluconazole tablets are indicated for the treatment of: … Esophageal candidiasis.',
    );
    // The chain of fragments is broken by a sentence: the note says nothing rather than guess.
    expect(verdict(text, 'cryptococcal meningitis').kind).toBe('silent');
  });

  it('does not take a heading as stating when what follows limits the use', () => {
    const v = verdict(
      'Pyelonephritis. Nitrofurantoin is not indicated for the treatment of pyelonephritis or perinephric abscesses.',
      'pyelonephritis',
    );
    expect(v.kind).not.toBe('covers');
  });

  it('quotes the sentence in the question’s own words, not a sibling under a broader concept', () => {
    const v = verdict(
      'Seizure Disorders: Clonazepam tablets are useful alone or as an adjunct in the treatment of the Lennox-Gastaut syndrome (petit mal variant), akinetic and myoclonic seizures. In patients with absence seizures (petit mal) who have failed to respond to succinimides, clonazepam tablets may be useful.',
      'absence seizures',
    );
    expect(v.kind === 'covers' && v.quote).toMatch(/^In patients with absence seizures/);
  });
});

describe('label focus: no "covers" from words that do not say the drug treats the condition', () => {
  it.each([
    [
      'high blood pressure',
      'Latanoprost ophthalmic solution is indicated for the reduction of elevated intraocular pressure (IOP) in patients with open-angle glaucoma or ocular hypertension.',
    ],
    [
      'kidney failure',
      'Edematous States To induce a diuresis or remission of proteinuria in the nephrotic syndrome, without uremia, of the idiopathic type.',
    ],
    [
      'chest pain',
      'Some antihypertensive drugs have smaller blood pressure effects (as monotherapy) in black patients, and many antihypertensive drugs have additional approved indications and effects (e.g., on angina, heart failure, or diabetic kidney disease).',
    ],
    [
      'preeclampsia',
      'Diuretics do not prevent development of toxemia of pregnancy and there is no satisfactory evidence that they are useful in the treatment of toxemia.',
    ],
    [
      'absence seizures',
      'Extended phenytoin sodium capsules are indicated for the treatment of tonic-clonic (grand mal) and psychomotor (temporal lobe) seizures.',
    ],
    [
      'type 1 diabetes',
      'Pioglitazone is indicated as an adjunct to diet and exercise to improve glycemic control in adults with type 2 diabetes mellitus. Important Limitations of Use: • Not for treatment of type 1 diabetes or diabetic ketoacidosis.',
    ],
  ])('%s', (condition, text) => {
    expect(verdict(text, condition).kind).not.toBe('covers');
  });
});

describe('label focus: "does not list" only when no form of the condition appears', () => {
  it.each([
    [
      'edema',
      'Edematous states: to induce a diuresis or remission of proteinuria in the nephrotic syndrome.',
    ],
    [
      'urinary tract infection',
      'Cephalexin capsules are indicated for the treatment of the following infections: Respiratory tract infections. Genitourinary tract infections, including acute prostatitis.',
    ],
  ])('stays silent on %s', (condition, text) => {
    expect(verdict(text, condition).kind).toBe('silent');
  });

  it('marks a narrower condition as narrower, and the condition itself as not', () => {
    const atenolol =
      'Angina Pectoris Due to Coronary Atherosclerosis Atenolol tablets are indicated for the long-term management of patients with angina pectoris.';
    const narrower = verdict(atenolol, 'chest pain');
    expect(narrower.kind === 'covers' && narrower.narrower).toBe(true);
    expect(narrower.kind === 'covers' && narrower.named).toMatch(/angina pectoris/i);
    const same = verdict(atenolol, 'angina');
    expect(same.kind === 'covers' && same.narrower).toBe(false);
  });

  it('does not read a section number as part of a name ("psoriasis 1.1 Neoplastic")', () => {
    const v = verdict(
      'TREXALL is indicated for the: Treatment of adults with severe psoriasis 1.1 Neoplastic Diseases TREXALL is indicated for the treatment of acute lymphoblastic leukemia.',
      'psoriasis',
    );
    expect(v.kind).toBe('covers');
    expect(v.kind === 'covers' && v.named).toBe('psoriasis');
    expect(v.kind === 'covers' && v.narrower).toBe(false);
  });

  it('does not read a sibling as covering words the vocabulary files only under a heading', () => {
    // "atonic seizures" is only an entry term of Seizures: "absence seizures" is no cover
    const v = verdict(
      'Divalproex sodium is indicated for: Monotherapy and adjunctive therapy of complex partial seizures and simple and complex absence seizures.',
      'atonic seizures',
    );
    expect(v.kind).toBe('silent');
  });

  it('covers a prevention question only with an indication that prevents', () => {
    const acute =
      'Rizatriptan benzoate orally disintegrating tablets are indicated for the acute treatment of migraine with or without aura in adults. Limitations of Use • Rizatriptan benzoate orally disintegrating tablets are not indicated for the prevention of migraine attacks.';
    expect(verdict(acute, 'migraine prevention').kind).toBe('silent');
    expect(verdict(acute, 'migraine').kind).toBe('covers');
    const prophylaxis =
      'Divalproex sodium is an anti-epileptic drug indicated for: Treatment of manic episodes associated with bipolar disorder. Prophylaxis of migraine headaches.';
    expect(verdict(prophylaxis, 'migraine prevention').kind).toBe('covers');
    // a list whose "Suppression" item is about genital herpes does not prevent cold sores
    const valtrex =
      'VALTREX is indicated for: Adult Patients Cold Sores (Herpes Labialis) Genital Herpes Treatment in immunocompetent patients (initial or recurrent episode) Suppression in immunocompetent or HIV-1-infected patients Reduction of transmission Herpes Zoster Pediatric Patients Cold Sores (Herpes Labialis) Chickenpox';
    expect(verdict(valtrex, 'cold sore prevention').kind).not.toBe('covers');
  });

  it('reads heartburn and GERD one way, and epilepsy under seizures', () => {
    const otc = 'Uses treats frequent heartburn (occurs 2 or more days a week)';
    expect(verdict(otc, 'GERD').kind).toBe('silent');
    expect(verdict(otc, 'heartburn').kind).toBe('covers');
    const gerd =
      'Famotidine tablets are indicated for the treatment of: symptomatic nonerosive gastroesophageal reflux disease (GERD).';
    const heartburn = verdict(gerd, 'heartburn');
    expect(heartburn.kind === 'covers' && heartburn.narrower).toBe(true);
    const absence =
      'Ethosuximide capsule is indicated for the control of absence (petit mal) epilepsy.';
    expect(verdict(absence, 'seizures').kind).toBe('covers');
  });

  it('covers a population only where the label names it beside the condition', () => {
    const losartan =
      'Losartan potassium tablets are indicated for: Treatment of hypertension, to lower blood pressure.';
    expect(verdict(losartan, 'hypertension in pregnancy').kind).toBe('silent');
    expect(verdict(losartan, 'hypertension').kind).toBe('covers');
    const fluoxetine =
      'Fluoxetine is indicated for: Acute and maintenance treatment of Major Depressive Disorder (MDD) in adult and pediatric patients aged 8 to 18 years.';
    expect(verdict(fluoxetine, 'depression in children').kind).toBe('covers');
    // nor "does not list": the condition may be listed for other patients
    expect(verdict(losartan, 'atrial fibrillation in pregnancy').kind).toBe('silent');
    expect(verdict(losartan, 'hypertension while breastfeeding').kind).toBe('silent');
  });

  it('covers a narrower situation only where the label names its other words', () => {
    const metformin =
      'Metformin hydrochloride tablets are indicated as an adjunct to diet and exercise to improve glycemic control in adults with type 2 diabetes mellitus.';
    expect(verdict(metformin, 'diabetes in kidney disease').kind).toBe('silent');
    expect(verdict(metformin, 'diabetes').kind).toBe('covers');
  });

  it('does not read a test or another problem to control as an indication', () => {
    const liothyronine =
      'Liothyronine sodium is indicated for: Hypothyroidism: As replacement in primary hypothyroidism. Thyroid Suppression Test: As a diagnostic agent in suppression tests to differentiate suspected mild hyperthyroidism or thyroid gland autonomy.';
    expect(verdict(liothyronine, 'hyperthyroidism').kind).not.toBe('covers');
    expect(verdict(liothyronine, 'hypothyroidism').kind).toBe('covers');
    const omega3 =
      'Every attempt should be made to control serum lipids with appropriate diet, exercise, weight loss in obese patients, and control of any medical problems such as diabetes mellitus and hypothyroidism that are contributing to the lipid abnormalities.';
    expect(verdict(omega3, 'hypothyroidism').kind).not.toBe('covers');
  });

  it('reads the abbreviations clinicians write, not the rare diseases a source gives them', () => {
    const mesalamine =
      'Mesalamine delayed-release tablets are aminosalicylate indicated for the treatment of moderately active ulcerative colitis in adults.';
    // (DO gives "IBD" to irritable bowel syndrome and "HLD" to hypomyelinating leukodystrophy)
    expect(verdict(mesalamine, 'ibd').kind).toBe('covers');
    expect(verdict(mesalamine, 'uc').kind).toBe('covers');
    const atorvastatin =
      'Atorvastatin calcium tablets are indicated: As an adjunct to diet to reduce low-density lipoprotein cholesterol (LDL-C) in: o Adults with primary hyperlipidemia.';
    expect(verdict(atorvastatin, 'HLD').kind).toBe('covers');
    // ("renal disease" is kidney disease, broader than an acute kidney injury)
    const furosemide =
      'Furosemide tablets are indicated in adults and pediatric patients for the treatment of edema associated with congestive heart failure, cirrhosis of the liver, and renal disease, including the nephrotic syndrome.';
    expect(verdict(furosemide, 'acute kidney injury').kind).toBe('silent');
    expect(verdict(furosemide, 'kidney failure').kind).toBe('silent');
    // (an abbreviation of one form of pneumonia is covered where the label writes it out, not by
    // pneumonia at large)
    const azithromycin =
      'Azithromycin is a macrolide antibacterial drug indicated for mild to moderate infections caused by designated, susceptible bacteria: Acute bacterial exacerbations of chronic bronchitis in adults; Community-acquired pneumonia in adults and pediatric patients six months of age and older.';
    expect(verdict(azithromycin, 'cap').kind).toBe('covers');
    // (asthma is no allergy: MeSH files it under respiratory hypersensitivity; essential tremor is
    // a tremor, though MeSH files it beside Tremor)
    const zafirlukast =
      'Zafirlukast is indicated for the prophylaxis and chronic treatment of asthma in adults and children 5 years of age and older.';
    expect(verdict(zafirlukast, 'allergies').kind).not.toBe('covers');
    const propranolol =
      'Essential Tremor Propranolol is indicated in the management of familial or hereditary essential tremor.';
    expect(verdict(propranolol, 'tremor').kind).toBe('covers');
  });

  it('reads an organ\'s "problems" as its diseases, and never says a label leaves them out', () => {
    const metoprolol =
      'Metoprolol succinate, is a beta-adrenergic blocker indicated for the treatment of: • Hypertension, to lower blood pressure. • Angina Pectoris. • Heart Failure, to reduce the risk of cardiovascular mortality and heart failure hospitalizations in patients with heart failure';
    expect(verdict(metoprolol, 'heart problems').kind).toBe('covers');
    // (heartburn is no stomach disease in the vocabulary, but a patient's "stomach problem")
    const omeprazole =
      'Use(s) treats frequent heartburn (occurs 2 or more days a week) not intended for immediate relief of heartburn';
    expect(verdict(omeprazole, 'stomach problems').kind).toBe('silent');
    // ("nerve problems" are the nerves': not a stroke, nor pain)
    const atorvastatin =
      'Atorvastatin calcium tablets are indicated: To reduce the risk of: o Myocardial infarction (MI), stroke, revascularization procedures, and angina in adults with multiple risk factors for coronary heart disease (CHD)';
    expect(verdict(atorvastatin, 'nerve problems').kind).not.toBe('covers');
    // (an eye's "corneal marginal ulcers" are no peptic ulcers; erectile dysfunction is no mental
    // disorder)
    const prednisone =
      'Ophthalmic Diseases Severe acute and chronic allergic and inflammatory processes involving the eye and its adnexa such as: Allergic corneal marginal ulcers Herpes zoster ophthalmicus';
    expect(verdict(prednisone, 'peptic ulcer').kind).not.toBe('covers');
    expect(
      verdict(
        'Sildenafil tablets are indicated for the treatment of erectile dysfunction.',
        'mental disorder',
      ).kind,
    ).not.toBe('covers');
    expect(
      verdict('Indicated for the treatment of hospital-acquired pneumonia.', 'cap').kind,
    ).not.toBe('covers');
  });

  it('reads a site of a treated infection as the infection, and acute coronary syndromes by kind', () => {
    const cycloserine =
      'Cycloserine is indicated in the treatment of active pulmonary and extrapulmonary tuberculosis (including renal disease) when the causative organisms are susceptible to this drug.';
    expect(verdict(cycloserine, 'kidney disease').kind).not.toBe('covers');
    const cefepime =
      'Cefepime is indicated for the treatment of the following infections: Uncomplicated and complicated urinary tract infections (including pyelonephritis).';
    expect(verdict(cefepime, 'kidney infection').kind).toBe('covers');
    const atenolol =
      'Acute Myocardial Infarction: Atenolol is indicated in the management of hemodynamically stable patients with definite or suspected acute myocardial infarction to reduce cardiovascular mortality.';
    expect(verdict(atenolol, 'ACS').kind).toBe('covers');
    // (a myocardial infarction alone may be a past one: neither covered nor "does not list")
    expect(verdict('to reduce the risk of myocardial infarction', 'ACS').kind).toBe('silent');
    expect(verdict('indicated for the treatment of unstable angina', 'ACS').kind).toBe('covers');
  });

  it('answers a question about the drug alone only with an item that does not add it to another', () => {
    const gabapentin =
      'Gabapentin Capsules are indicated for: Management of postherpetic neuralgia in adults Adjunctive therapy in the treatment of partial onset seizures, with and without secondary generalization, in adults and pediatric patients 3 years and older with epilepsy';
    expect(verdict(gabapentin, 'seizures').kind).toBe('covers');
    expect(verdict(gabapentin, 'monotherapy seizures').kind).toBe('silent');
    expect(verdict(gabapentin, 'alone seizures').kind).toBe('silent');
    const lamotrigine =
      '1.1 Epilepsy Adjunctive Therapy Lamotrigine orally disintegrating tablets are indicated as adjunctive therapy for the following seizure types in patients aged 2 years and older: partial-onset seizures. primary generalized tonic-clonic (PGTC) seizures. Monotherapy Lamotrigine orally disintegrating tablets are indicated for conversion to monotherapy in adults (aged 16 years and older) with partial-onset seizures who are receiving treatment with carbamazepine, phenytoin, phenobarbital, primidone, or valproate as the single antiepileptic drug (AED).';
    const v = verdict(lamotrigine, 'monotherapy epilepsy');
    expect(v.kind).toBe('covers');
    if (v.kind === 'covers') expect(v.quote).toMatch(/monotherapy/);
    // (an adjunct to diet and exercise adds no drug)
    const metformin =
      'Metformin tablets are indicated as an adjunct to diet and exercise to improve glycemic control in adults with type 2 diabetes mellitus.';
    expect(verdict(metformin, 'monotherapy type 2 diabetes').kind).toBe('covers');
  });

  it('says nothing of a site infection beside infections named at large by their germs', () => {
    const clindamycin =
      'Clindamycin hydrochloride capsules are indicated in the treatment of serious infections caused by susceptible anaerobic bacteria.';
    expect(verdict(clindamycin, 'bone infection').kind).toBe('silent');
    // (but a question that names another germ is still left out)
    const colistimethate =
      'Colistimethate is indicated for the treatment of acute or chronic infections due to sensitive strains of certain gram-negative bacilli.';
    expect(verdict(colistimethate, 'staph infection').kind).toBe('not-listed');
    // (nor is a limit an indication: "not ... for the treatment of infections caused by
    // non-tuberculous mycobacteria")
    const bedaquiline =
      'SIRTURO is indicated for pulmonary multi-drug resistant tuberculosis. It should not be used for the treatment of infections caused by non-tuberculous mycobacteria.';
    expect(verdict(bedaquiline, 'bone infection').kind).toBe('not-listed');
  });

  it('quotes the item for patients who have the condition before one for those at risk of it', () => {
    const atorvastatin =
      'Atorvastatin calcium tablets are indicated: To reduce the risk of: o Myocardial infarction (MI), stroke, revascularization procedures, and angina in adults with multiple risk factors for coronary heart disease (CHD) but without clinically evident CHD o Non-fatal MI, fatal and non-fatal stroke, revascularization procedures, hospitalization for congestive heart failure, and angina in adults with clinically evident CHD';
    const v = verdict(atorvastatin, 'coronary artery disease');
    expect(v.kind).toBe('covers');
    if (v.kind === 'covers')
      expect(v.quote).toMatch(/angina in adults with clinically evident CHD$/);
  });

  it('stays silent when a word of the question appears in other words', () => {
    const minoxidil = 'Use to regrow hair on the top of the scalp (vertex only)';
    expect(verdict(minoxidil, 'hair loss').kind).toBe('silent');
    expect(verdict(minoxidil, 'high blood pressure').kind).toBe('not-listed');
  });

  it('does not read what a drug brings about, or a qualifying risk factor, as an indication', () => {
    const plegisol =
      'Plegisol is indicated for use in combination with ischemia and hypothermia to induce cardiac arrest during open heart surgery.';
    expect(verdict(plegisol, 'cardiac arrest').kind).not.toBe('covers');
    const phentermine =
      'Phentermine hydrochloride is indicated as a short-term adjunct in a regimen of weight reduction in the management of exogenous obesity for patients with an initial body mass index ≥ 30 kg/m2, or ≥ 27 kg/m2 in the presence of other risk factors (e.g., controlled hypertension, diabetes, hyperlipidemia).';
    expect(verdict(phentermine, 'high blood pressure').kind).not.toBe('covers');
    expect(verdict(phentermine, 'obesity').kind).toBe('covers');
  });

  it('does not read the setting or the patients of another indication as an indication', () => {
    const ciclopirox =
      'Ciclopirox topical solution, 8% is indicated as topical treatment of mild to moderate onychomycosis of fingernails and toenails. The clinical trials with use of ciclopirox topical solution, 8% excluded patients who: were pregnant or nursing, had a history of immunosuppression, recent or recurring herpes zoster, required medication to control epilepsy, were insulin dependent diabetics or had diabetic neuropathy.';
    expect(verdict(ciclopirox, 'neuropathy').kind).not.toBe('covers');
    expect(verdict(ciclopirox, 'shingles').kind).not.toBe('covers');
    expect(verdict(ciclopirox, 'onychomycosis').kind).toBe('covers');
    const spironolactone =
      'Because it increases serum potassium, spironolactone may be useful for treating edema when administration of other diuretics has caused hypokalemia.';
    expect(verdict(spironolactone, 'hypokalemia').kind).not.toBe('covers');
    const allopurinol =
      'Allopurinol tablets are indicated for: the management of patients with leukemia, lymphoma and malignancies who are receiving cancer therapy which causes elevations of serum and urinary uric acid levels.';
    expect(verdict(allopurinol, 'leukemia').kind).not.toBe('covers');
  });

  it('reads the items of older list wordings and keeps what an indication prevents', () => {
    const pravastatin =
      'Pravastatin sodium is indicated as an adjunctive therapy to diet to: Reduce the risk of MI, revascularization, and cardiovascular mortality in hypercholesterolemic patients without clinically evident CHD. Reduce elevated serum TG levels in patients with hypertriglyceridemia.';
    expect(verdict(pravastatin, 'high triglycerides').kind).toBe('covers');
    const cefuroxime =
      'Cefuroxime for Injection is indicated for the treatment of patients with infections caused by susceptible strains of the designated organisms in the following diseases: Lower Respiratory Tract Infections, including pneumonia, caused by Streptococcus pneumoniae. Septicemia caused by Staphylococcus aureus, Streptococcus pneumoniae, and Klebsiella spp.';
    expect(verdict(cefuroxime, 'sepsis').kind).toBe('covers');
    // the patients "who are receiving" another drug are those in whom the condition is prevented
    const progesterone =
      'Progesterone capsules are indicated for use in the prevention of endometrial hyperplasia in nonhysterectomized postmenopausal women who are receiving conjugated estrogens tablets.';
    expect(verdict(progesterone, 'endometrial hyperplasia').kind).toBe('covers');
  });

  it('answers a question about a course the label limits with the limit', () => {
    const flecainide =
      'Flecainide acetate tablets are indicated for the prevention of paroxysmal atrial fibrillation/flutter (PAF) associated with disabling symptoms. Use of flecainide acetate tablets in chronic atrial fibrillation has not been adequately studied and is not recommended.';
    expect(verdict(flecainide, 'chronic atrial fibrillation').kind).toBe('limited');
    expect(verdict(flecainide, 'atrial fibrillation').kind).toBe('covers');
  });

  it('does not read what must be absent as an indication, and reads "as an adjunct to" lists', () => {
    const medroxyprogesterone =
      'Medroxyprogesterone acetate tablets are indicated for the treatment of secondary amenorrhea and abnormal uterine bleeding due to hormonal imbalance in the absence of organic pathology, such as fibroids or uterine cancer.';
    expect(verdict(medroxyprogesterone, 'uterine fibroids').kind).not.toBe('covers');
    expect(verdict(medroxyprogesterone, 'amenorrhea').kind).toBe('covers');
    const evolocumab =
      'REPATHA is indicated: As an adjunct to diet and exercise to reduce low-density lipoprotein cholesterol (LDL-C) in: adults with hypercholesterolemia.';
    expect(verdict(evolocumab, 'high cholesterol').kind).toBe('covers');
  });

  it('does not read the other care blood pressure control "should be part of" as an indication', () => {
    const telmisartan =
      'Telmisartan tablets are indicated for the treatment of hypertension, to lower blood pressure. Control of high blood pressure should be part of comprehensive cardiovascular risk management, including, as appropriate, lipid control, diabetes management, antithrombotic therapy, smoking cessation, exercise, and limited sodium intake.';
    expect(verdict(telmisartan, 'diabetes').kind).not.toBe('covers');
    expect(verdict(telmisartan, 'high blood pressure').kind).toBe('covers');
  });

  it("does not read a sentence about another product as the drug's indication", () => {
    // openFDA's lidocaine epidural label carries a sentence of an amlodipine/benazepril label; the
    // pipeline lists it (pipeline/other-product.ts) and the verdict leaves it out.
    const text =
      'Lidocaine hydrochloride injection, USP is indicated for the production of local or regional anesthesia or analgesia for surgery. 1.1 Hypertension Amlodipine and benazepril hydrochloride capsules are indicated for the treatment of hypertension in patients not adequately controlled on monotherapy with either agent.';
    const withFlag = label(text);
    withFlag.sections.indications!.otherProduct = [
      '1.1 Hypertension Amlodipine and benazepril hydrochloride capsules are indicated for the treatment of hypertension in patients not adequately controlled on monotherapy with either agent.',
    ];
    expect(labelVerdict(label(text), vocabulary.resolve('hypertension')!).kind).toBe('covers');
    expect(labelVerdict(withFlag, vocabulary.resolve('hypertension')!).kind).not.toBe('covers');
  });

  it('stays silent, not "does not list", when the label names the relief of the condition', () => {
    const lidocaine =
      'Lidocaine hydrochloride injection is indicated for the production of local or regional anesthesia or analgesia for surgery, dental and oral surgery procedures.';
    expect(verdict(lidocaine, 'pain').kind).toBe('silent');
    expect(verdict(lidocaine, 'atrial fibrillation').kind).toBe('not-listed');
  });

  it('says whose label it is when a combination product covers the condition', () => {
    const combo = label(
      'MYFEMBREE is indicated for the management of heavy menstrual bleeding associated with uterine leiomyomas (fibroids) in premenopausal women.',
    );
    combo.combination = true;
    const v = labelVerdict(combo, vocabulary.resolve('heavy menstrual bleeding')!);
    expect(v.kind === 'covers' && v.combination).toBe(true);
  });

  it('reads a section that opens with long verbless items as its list of indications', () => {
    // cyproheptadine: the first item runs past a heading's length, so the items after it were
    // silent (no statement found) before.
    const text =
      'Perennial and seasonal allergic rhinitis, Vasomotor rhinitis, Allergic conjunctivitis due to inhalant allergens and foods. Mild, uncomplicated allergic skin manifestations of urticaria and angioedema. Amelioration of allergic reactions to blood or plasma. Cold urticaria. Dermatographism.';
    expect(verdict(text, 'hives').kind).toBe('covers');
    expect(verdict(text, 'hay fever').kind).toBe('covers');
  });

  it('does not take what a test looks for, or what needs other agents, as the indication', () => {
    const erythromycin =
      'E.E.S. is indicated in the treatment of infections caused by susceptible strains of the designated organisms in the diseases listed below: Intestinal amebiasis caused by Entamoeba histolytica (oral erythromycins only). Extraenteric amebiasis requires treatment with other agents. Acute pelvic inflammatory disease caused by Neisseria gonorrhoeae. Patients should have a serologic test for syphilis before receiving erythromycin as treatment of gonorrhea and a follow-up serologic test for syphilis after 3 months. Syphilis caused by Treponema pallidum: Erythromycin is an alternate choice of treatment for primary syphilis in patients allergic to the penicillins.';
    const syphilis = verdict(erythromycin, 'syphilis');
    expect(syphilis.kind === 'covers' && syphilis.quote).toMatch(/primary syphilis/);
    const amebiasis = verdict(erythromycin, 'amebiasis');
    expect(amebiasis.kind === 'covers' && amebiasis.quote).toMatch(
      /^… Intestinal amebiasis|Intestinal amebiasis/,
    );
    expect(amebiasis.kind === 'covers' && amebiasis.quote).not.toMatch(/other agents/);
  });

  it('quotes the item that names the condition, not one it qualifies', () => {
    const linzess =
      'LINZESS is indicated for the treatment of: • irritable bowel syndrome with constipation (IBS-C) in adults • chronic idiopathic constipation (CIC) in adults';
    const v = verdict(linzess, 'constipation');
    expect(v.kind === 'covers' && v.quote).toMatch(/chronic idiopathic constipation/);
  });

  it('leaves the number of the next heading out of the quote', () => {
    const v = verdict(
      'Methylprednisolone Tablets are indicated in the following conditions: 12. Nervous System Acute exacerbations of multiple sclerosis 13. Miscellaneous Trichinosis with neurologic or myocardial involvement.',
      'multiple sclerosis',
    );
    expect(v.kind === 'covers' && v.quote).toMatch(/multiple sclerosis$/);
  });

  it('reads a bare "Not for treatment of ..." sentence as a limit', () => {
    // dulaglutide: the sentence follows a full stop, with no lead-in before it
    const trulicity =
      'TRULICITY is indicated as an adjunct to diet and exercise to improve glycemic control in adults with type 2 diabetes mellitus. Limitations of Use: Has not been studied in patients with a history of pancreatitis. Consider other antidiabetic therapies in these patients. Not for treatment of type 1 diabetes mellitus.';
    expect(verdict(trulicity, 'type 1 diabetes').kind).not.toBe('covers');
  });

  it('finds the preventing words at the start of a long risk-reduction item', () => {
    const trulicity =
      'TRULICITY is indicated: To reduce the risk of major adverse cardiovascular events (cardiovascular death, non-fatal myocardial infarction, or non-fatal stroke) in adults with type 2 diabetes mellitus who have established cardiovascular disease.';
    expect(verdict(trulicity, 'stroke prevention').kind).toBe('covers');
  });

  it('reads a section listed by category, or "indicated as follows:", as its list of indications', () => {
    // dexamethasone tablets: no sentence before the categories
    const dexamethasone =
      'Allergic states: Control of severe or incapacitating allergic conditions intractable to adequate trials of conventional treatment in asthma. Endocrine disorders: Primary or secondary adrenocortical insufficiency, congenital adrenal hyperplasia. Gastrointestinal diseases: To tide the patient over a critical period of the disease in regional enteritis and ulcerative colitis. Nervous system: Acute exacerbations of multiple sclerosis, cerebral edema associated with primary or metastatic brain tumor.';
    expect(verdict(dexamethasone, 'ulcerative colitis').kind).toBe('covers');
    expect(verdict(dexamethasone, 'cerebral edema').kind).toBe('covers');
    const hydrocortisone =
      'When oral therapy is not feasible, the intravenous or intramuscular use of hydrocortisone sodium succinate for injection is indicated as follows: Allergic states: Control of severe allergic conditions in asthma. Gastrointestinal diseases: To tide the patient over a critical period of the disease in regional enteritis (systemic therapy) and ulcerative colitis.';
    expect(verdict(hydrocortisone, 'ulcerative colitis').kind).toBe('covers');
  });

  it('does not read a pathogen it lacks activity against, or a procedure it protects, as indications', () => {
    // ceftriaxone injection: a list "of the following infections", a note on chlamydia, and
    // surgical prophylaxis whose examples name what the operations are for
    const ceftriaxone =
      'Ceftriaxone for injection, USP is indicated for the treatment of the following infections when caused by susceptible organisms: Uncomplicated Gonorrhea (cervical/urethral and rectal) Caused by Neisseria gonorrhoeae. Pelvic Inflammatory Disease Caused by Neisseria gonorrhoeae. Ceftriaxone sodium, like other cephalosporins, has no activity against Chlamydia trachomatis. Therefore, when cephalosporins are used in the treatment of patients with pelvic inflammatory disease and Chlamydia trachomatis is one of the suspected pathogens, appropriate antichlamydial coverage should be added. Surgical Prophylaxis The preoperative administration of a single 1 g dose of ceftriaxone may reduce the incidence of postoperative infections in patients undergoing surgical procedures classified as contaminated or potentially contaminated (e.g., vaginal or abdominal hysterectomy or cholecystectomy for chronic calculous cholecystitis in high-risk patients, such as those over 70 years of age, with acute cholecystitis not requiring therapeutic antimicrobials, obstructive jaundice or common duct bile stones).';
    expect(verdict(ceftriaxone, 'gonorrhea').kind).toBe('covers');
    expect(verdict(ceftriaxone, 'chlamydia').kind).not.toBe('covers');
    expect(verdict(ceftriaxone, 'cholecystitis').kind).not.toBe('covers');
  });

  it('does not read a qualifier of the patients either way as an indication', () => {
    const vosevi =
      'VOSEVI is indicated for the treatment of adult patients with chronic hepatitis C virus (HCV) infection without cirrhosis or with compensated cirrhosis (Child-Pugh A).';
    expect(verdict(vosevi, 'hepatitis c').kind).toBe('covers');
    expect(verdict(vosevi, 'liver cirrhosis').kind).not.toBe('covers');
  });

  it('quotes "recommended for", not a sentence that calls a treatment inadequate', () => {
    const isoniazid =
      'Isoniazid tablets, USP are recommended for all forms of tuberculosis in which organisms are susceptible. However, active tuberculosis must be treated with multiple concomitant anti-tuberculosis medications to prevent the emergence of drug resistance. Single-drug treatment of active tuberculosis with isoniazid or any other medication, is inadequate therapy.';
    const v = verdict(isoniazid, 'tuberculosis');
    expect(v.kind === 'covers' && v.quote).toMatch(/^Isoniazid tablets, USP are recommended for/);
  });

  it('ends the quote of a run-on list item where the limitations begin', () => {
    const v = verdict(
      'Azithromycin is a macrolide antibacterial drug indicated for mild to moderate infections caused by designated, susceptible bacteria: Acute bacterial sinusitis in adults Pharyngitis/tonsillitis in adults and pediatric patients (2 years of age and older) Limitation of Use: Azithromycin should not be used in patients with pneumonia who are judged to be inappropriate for oral therapy',
      'pharyngitis',
    );
    expect(v.kind === 'covers' && v.quote).toMatch(/Pharyngitis\/tonsillitis/);
    expect(v.kind === 'covers' && v.quote).not.toMatch(/should not be used/);
  });

  it('does not cover the patients’ disease when what is treated is an infection in them', () => {
    const clarithromycin =
      'Clarithromycin tablets are indicated for the treatment of mild to moderate infections caused by susceptible isolates due to Mycobacterium avium or Mycobacterium intracellulare in patients with advanced HIV infection.';
    expect(verdict(clarithromycin, 'hiv').kind).not.toBe('covers');
    const apixaban =
      'ELIQUIS is indicated to reduce the risk of stroke and systemic embolism in adult patients with nonvalvular atrial fibrillation.';
    expect(verdict(apixaban, 'atrial fibrillation').kind).toBe('covers');
  });

  it('reads "without concomitant X" as an exclusion', () => {
    const linezolid =
      'Linezolid is indicated for the treatment of complicated skin and skin structure infections, including diabetic foot infections, without concomitant osteomyelitis.';
    expect(verdict(linezolid, 'osteomyelitis').kind).not.toBe('covers');
  });

  it('does not read the disease of another treatment, or another drug’s indication, as the label’s', () => {
    const denosumab =
      'Denosumab is indicated for treatment to increase bone mass in men at high risk for fracture receiving androgen deprivation therapy (ADT) for nonmetastatic prostate cancer.';
    expect(verdict(denosumab, 'prostate cancer').kind).not.toBe('covers');
    const gentamicin =
      'Gentamicin is indicated in the treatment of serious infections. In the neonate with suspected bacterial sepsis or staphylococcal pneumonia, a penicillin-type drug is also usually indicated as concomitant therapy with gentamicin.';
    expect(verdict(gentamicin, 'pneumonia').kind).not.toBe('covers');
  });

  it('reads "shown to be effective in" and the items of a semicolon list after it', () => {
    const gentamicin =
      'Clinical studies have shown gentamicin injection to be effective in bacterial neonatal sepsis; bacterial septicemia and serious bacterial infections of the central nervous system (meningitis), urinary tract, respiratory tract.';
    expect(verdict(gentamicin, 'meningitis').kind).toBe('covers');
  });

  it('reads "is ineffective for" and "has not been demonstrated" as limits', () => {
    const desmopressin =
      'Desmopressin acetate tablets are indicated as antidiuretic replacement therapy in the management of central diabetes insipidus. Desmopressin acetate is ineffective for the treatment of nephrogenic diabetes insipidus.';
    expect(verdict(desmopressin, 'nephrogenic diabetes insipidus').kind).not.toBe('covers');
    const divalproex =
      'The safety and effectiveness of divalproex sodium delayed-release tablets for long-term use in mania, i.e., more than 3 weeks, has not been demonstrated in controlled clinical trials.';
    expect(verdict(divalproex, 'mania').kind).not.toBe('covers');
  });

  it('reads a list after "not effective in the following:" and a turn to "but it is not indicated" as limits', () => {
    const griseofulvin =
      'Griseofulvin tablets, USP are indicated for the treatment of dermatophyte infections, namely: Tinea corporis Tinea pedis. Griseofulvin tablets, USP are not effective in the following: Bacterial infections Candidiasis (Moniliasis) Histoplasmosis Tinea versicolor Nocardiosis';
    expect(verdict(griseofulvin, 'tinea versicolor').kind).not.toBe('covers');
    const cholestyramine =
      'Cholestyramine powder may be useful to lower LDL cholesterol in patients who also have hypertriglyceridemia, but it is not indicated where hypertriglyceridemia is the abnormality of most concern.';
    expect(verdict(cholestyramine, 'hypertriglyceridemia').kind).not.toBe('covers');
  });

  it('does not read what the patients are at risk of as the indication', () => {
    const gemfibrozil =
      'Gemfibrozil Tablets are indicated as adjunctive therapy to diet for: 1. Treatment of adult patients with very high elevations of serum triglyceride levels (Types IV and V hyperlipidemia) who present a risk of pancreatitis and who do not respond adequately to a determined dietary effort to control them.';
    expect(verdict(gemfibrozil, 'pancreatitis').kind).not.toBe('covers');
  });

  it('reads the hosts of prevented infections named "such as ... recipients with" as hosts', () => {
    const posaconazole =
      'Posaconazole injection is indicated for the prophylaxis of invasive Aspergillus and Candida infections in patients who are at high risk of developing these infections due to being severely immunocompromised, such as hematopoietic stem cell transplant (HSCT) recipients with graft-versus-host disease (GVHD).';
    expect(verdict(posaconazole, 'graft-versus-host disease').kind).not.toBe('covers');
  });

  it('ends a sentence at a stop inside quotation marks, and reads what a drug may cause as no indication', () => {
    const phenelzine =
      'Phenelzine sulfate has been found to be effective in depressed patients clinically characterized as "atypical," "nonendogenous," or "neurotic." These patients often have mixed anxiety and depression and phobic or hypochondriacal features.';
    expect(verdict(phenelzine, 'anxiety').kind).not.toBe('covers');
    const ziprasidone =
      'Ziprasidone capsules are indicated for the treatment of schizophrenia. Whether ziprasidone will cause torsade de pointes or increase the rate of sudden death is not yet known';
    expect(verdict(ziprasidone, 'ventricular tachycardia').kind).not.toBe('covers');
  });

  it('ends a sentence at a stop inside a bracket, and quotes neither an empty cross-reference nor half a word', () => {
    const tetracycline =
      'Tetracycline is indicated in the treatment of infections caused by susceptible strains of the designated organisms in the conditions listed below: Skin and soft tissue infections caused by Streptococcus pyogenes, Staphylococcus aureaus. (Tetracyclines are not the drugs of choice in the treatment of any type of staphylococcal infections.) Infections caused by rickettsia including Rocky Mountain spotted fever, typhus group infections, Q fever, rickettsialpox.';
    const rmsf = verdict(tetracycline, 'rocky mountain spotted fever');
    expect(rmsf.kind === 'covers' && rmsf.quote).toMatch(/^Infections caused by rickettsia/);
    const azithromycin =
      'Azithromycin is a macrolide antibacterial drug indicated for mild to moderate infections caused by designated, susceptible bacteria: • Acute bacterial sinusitis in adults () • Uncomplicated skin and skin structure infections in adults () • Urethritis and cervicitis in adults ()';
    const skin = verdict(azithromycin, 'skin infection');
    expect(skin.kind === 'covers' && skin.quote).toMatch(/structure infections in adults$/);
    const long =
      "When penicillin is contraindicated, tetracyclines are alternative drugs in the treatment of the following infections: Syphilis and yaws caused by Treponema pallidum and pertenue, respectively, Vincent's infection caused by Fusobacterium fusiforme, Infections caused by Neisseria gonorrhoeae, Anthrax caused by Bacillus anthracis, Infections due to Listeria monocytogenes, Actinomycosis caused by Actinomyces species, Infections due to Clostridium species.";
    const syphilis = verdict(long, 'syphilis');
    expect(syphilis.kind === 'covers' && syphilis.quote).toMatch(/Fusobacterium fusiforme, …$/);
  });

  it('reads "skin and skin structure infections" as infections of the skin, which take in cellulitis and wound infections', () => {
    const cefepime =
      'Cefepime for Injection is indicated for the treatment of the following infections caused by susceptible strains of the designated microorganisms: • Pneumonia. • Uncomplicated skin and skin structure infections.';
    expect(verdict(cefepime, 'cellulitis').kind).toBe('silent');
    expect(verdict(cefepime, 'wound infection').kind).toBe('silent');
    const tobramycin =
      'Tobramycin injection is indicated for the treatment of serious bacterial infections: Skin, bone, and skin structure infections caused by P. aeruginosa, Proteus sp, E. coli.';
    expect(verdict(tobramycin, 'cellulitis').kind).toBe('silent');
    const mupirocin =
      'Mupirocin cream is indicated for the treatment of secondarily infected traumatic skin lesions (up to 10 cm in length or 100 cm 2 in area) due to susceptible isolates of Staphylococcus aureus.';
    expect(verdict(mupirocin, 'wound infection').kind).toBe('covers');
    const moxifloxacin =
      'Moxifloxacin tablets are indicated in adult patients for the treatment of plague, including pneumonic and septicemic plague, due to susceptible isolates of Yersinia pestis.';
    expect(verdict(moxifloxacin, 'sepsis').kind).toBe('covers');
  });

  it("reads neither the patients of an example surgery nor another drug's sentence as the indication", () => {
    const cefazolin =
      'Cefazolin for Injection, USP is indicated for the treatment of the following serious infections when due to susceptible organisms. Respiratory Tract Infections: Due to S. pneumoniae. Injectable benzathine penicillin is considered the drug of choice in treatment and prevention of streptococcal infections, including the prophylaxis of rheumatic fever. Cefazolin for Injection, USP is effective in the eradication of streptococci from the nasopharynx; however, data establishing the efficacy of Cefazolin for Injection, USP in the subsequent prevention of rheumatic fever are not available at present. Endocarditis: Due to S. aureus. Perioperative Prophylaxis: The prophylactic administration of Cefazolin for Injection preoperatively may reduce the incidence of certain postoperative infections in patients undergoing surgical procedures which are classified as contaminated or potentially contaminated (e.g., vaginal hysterectomy, and cholecystectomy in high-risk patients such as those older than 70 years, with acute cholecystitis, obstructive jaundice, or common duct bile stones).';
    expect(verdict(cefazolin, 'cholecystitis').kind).not.toBe('covers');
    expect(verdict(cefazolin, 'jaundice').kind).not.toBe('covers');
    expect(verdict(cefazolin, 'rheumatic fever').kind).not.toBe('covers');
    expect(verdict(cefazolin, 'endocarditis').kind).toBe('covers');
    const cimetidine =
      'Cimetidine tablets are indicated in: 1. Short-term treatment of active duodenal ulcer. Concomitant antacids should be given as needed for relief of pain. 2. Short-term treatment of active benign gastric ulcer. There is no information concerning usefulness of treatment periods of longer than 8 weeks. 3. Erosive gastroesophageal reflux (GERD).';
    expect(verdict(cimetidine, 'pain').kind).not.toBe('covers');
    const gerd = verdict(cimetidine, 'gerd');
    expect(gerd.kind === 'covers' && gerd.quote).toBe(
      'Cimetidine tablets are indicated in: … Erosive gastroesophageal reflux (GERD).',
    );
  });

  it('knows "bone and joint infections" and a label\'s "chronic schizophrenics"', () => {
    const cefazolin =
      'Cefazolin is indicated for the treatment of the following infections when due to susceptible organisms. Bone and Joint Infections: Due to S. aureus.';
    expect(verdict(cefazolin, 'osteomyelitis').kind).toBe('covers');
    expect(verdict(cefazolin, 'septic arthritis').kind).toBe('covers');
    const fluphenazine =
      'Fluphenazine Decanoate Injection is a long-acting parenteral antipsychotic drug intended for use in the management of patients requiring prolonged parenteral neuroleptic therapy (e.g., chronic schizophrenics).';
    expect(verdict(fluphenazine, 'psychosis').kind).toBe('covers');
  });

  it('reads postherpetic and trigeminal neuralgia as neuropathies', () => {
    const gabapentin =
      'Gabapentin Capsules are indicated for: Management of postherpetic neuralgia in adults Adjunctive therapy in the treatment of partial onset seizures';
    expect(verdict(gabapentin, 'neuropathy').kind).toBe('covers');
    const carbamazepine =
      'Trigeminal Neuralgia Carbamazepine is indicated in the treatment of the pain associated with true trigeminal neuralgia.';
    expect(verdict(carbamazepine, 'neuropathy').kind).toBe('covers');
  });

  it('knows "vasospastic angina" and "acid indigestion"', () => {
    const nifedipine =
      'I. Vasospastic Angina Nifedipine extended-release tablets are indicated for the management of vasospastic angina confirmed by any of the following criteria.';
    expect(verdict(nifedipine, 'vasospastic angina').kind).toBe('covers');
    const ranitidine =
      'Use(s) relieves heartburn associated with acid indigestion and sour stomach';
    expect(verdict(ranitidine, 'acid indigestion').kind).toBe('covers');
  });

  it("knows agitation in a label's words", () => {
    const oxazepam =
      'Oxazepam capsules are indicated for the management of anxiety disorders. This product has been found particularly useful in the management of anxiety, tension, agitation and irritability in older patients.';
    expect(verdict(oxazepam, 'agitation in the elderly').kind).toBe('covers');
    const haloperidol =
      'Haloperidol tablets are effective for the treatment of severe behavior problems in children of combative, explosive hyperexcitability (which cannot be accounted for by immediate provocation).';
    expect(verdict(haloperidol, 'agitation').kind).toBe('covers');
  });

  it('knows "Pneumocystis jiroveci pneumonia (PJP)"', () => {
    const pentamidine =
      'Pentamidine Isethionate is indicated for the prevention of Pneumocystis jiroveci pneumonia (PJP) in high-risk, HIV-infected patients.';
    expect(verdict(pentamidine, 'pneumocystis pneumonia').kind).toBe('covers');
  });

  it('reads "of no use in", "not of value in" and "not to be effective in" as no indication', () => {
    const trientine =
      "Trientine hydrochloride is indicated in the treatment of patients with Wilson's disease who are intolerant of penicillamine. The absence of a sulfhydryl moiety renders it incapable of binding cystine and, therefore, it is of no use in cystinuria. In 15 patients with rheumatoid arthritis, trientine hydrochloride was reported not to be effective in improving any clinical or biochemical parameter after 12 weeks of treatment.";
    expect(verdict(trientine, 'cystinuria').kind).not.toBe('covers');
    expect(verdict(trientine, 'rheumatoid arthritis').kind).not.toBe('covers');
    const penicillamine =
      "CUPRIMINE is indicated in the treatment of Wilson's disease. Available evidence suggests that CUPRIMINE is not of value in ankylosing spondylitis.";
    expect(verdict(penicillamine, 'ankylosing spondylitis').kind).toBe('limited');
  });

  it('does not read "non-pregnant" as naming pregnancy', () => {
    const tinidazole =
      'Tinidazole is indicated for the treatment of bacterial vaginosis (formerly referred to as Haemophilus vaginitis, Gardnerella vaginitis, nonspecific vaginitis, or anaerobic vaginosis) in non-pregnant women.';
    expect(verdict(tinidazole, 'bacterial vaginosis in pregnancy').kind).not.toBe('covers');
    expect(verdict(tinidazole, 'bacterial vaginosis').kind).toBe('covers');
  });

  it("does not read a trial's diagnostic category as an indication", () => {
    const nefazodone =
      'Nefazodone hydrochloride tablets are indicated for the treatment of depression. The efficacy of nefazodone in the treatment of depression was established in 6 to 8 week controlled trials of outpatients and in a 6 week controlled trial of depressed inpatients whose diagnoses corresponded most closely to the DSM-III or DSM-IIIR category of major depressive disorder.';
    expect(verdict(nefazodone, 'major depressive disorder').kind).not.toBe('covers');
    expect(verdict(nefazodone, 'depression').kind).toBe('covers');
  });

  it('does not cover a course or severity the label names otherwise', () => {
    const codeine =
      'Codeine sulfate tablets are indicated for the management of mild to moderate pain, where treatment with an opioid is appropriate and for which alternative treatments are inadequate.';
    expect(verdict(codeine, 'severe pain').kind).not.toBe('covers');
    expect(verdict(codeine, 'pain').kind).toBe('covers');
    const ibutilide =
      'Ibutilide fumarate injection is indicated for the rapid conversion of atrial fibrillation or atrial flutter of recent onset to sinus rhythm. Patients with atrial arrhythmias of longer duration are less likely to respond to ibutilide fumarate.';
    expect(verdict(ibutilide, 'chronic atrial fibrillation').kind).not.toBe('covers');
    expect(verdict(ibutilide, 'atrial fibrillation').kind).toBe('covers');
    const estradiol =
      'Treatment of breast cancer (for palliation only) in appropriately selected women and men with metastatic disease.';
    expect(verdict(estradiol, 'early breast cancer').kind).not.toBe('covers');
    expect(verdict(estradiol, 'advanced breast cancer').kind).toBe('covers');
  });

  it('does not read what staff are trained in, or a cause of complexity, as an indication', () => {
    const ibutilide =
      'Ibutilide fumarate injection is indicated for the rapid conversion of atrial fibrillation or atrial flutter of recent onset to sinus rhythm. It is essential that Ibutilide fumarate be administered in a setting of continuous ECG monitoring and by personnel trained in identification and treatment of acute ventricular arrhythmias, particularly polymorphic ventricular tachycardia.';
    expect(verdict(ibutilide, 'ventricular tachycardia').kind).not.toBe('covers');
    const streptomycin =
      'Streptomycin is also indicated for therapy of tuberculosis when one or more of the above drugs is contraindicated because of toxicity or intolerance. The management of tuberculosis has become more complex as a consequence of increasing rates of drug resistance and concomitant HIV infection.';
    expect(verdict(streptomycin, 'hiv').kind).not.toBe('covers');
    expect(verdict(streptomycin, 'tuberculosis').kind).toBe('covers');
  });

  it('reads "in the specific conditions listed below" as a list of indications', () => {
    const streptomycin =
      'Streptomycin is indicated for the treatment of individuals with moderate to severe infections caused by susceptibile strains of microorganisms in the specific conditions listed below: 1. Mycobacterium tuberculosis: Streptomycin is also indicated for therapy of tuberculosis. 2. Non-tuberculosis infections: a. Yersinia pestis (plague), b. Francisella tularensis (tularemia), c. Brucella.';
    expect(verdict(streptomycin, 'plague').kind).toBe('covers');
    expect(verdict(streptomycin, 'tularemia').kind).toBe('covers');
  });

  it('knows "pink eye" as conjunctivitis and "staph infection" as staphylococcal infections', () => {
    const demeclocycline =
      'Demeclocycline HCl tablets are indicated in the treatment of infections caused by susceptible strains of the designated microorganisms in the conditions below: Trachoma due to Chlamydia trachomatis Inclusion conjunctivitis caused by Chlamydia trachomatis Nongonococcal urethritis in adults caused by Ureaplasma urealyticum or Chlamydia trachomatis';
    expect(verdict(demeclocycline, 'pink eye').kind).toBe('covers');
    const dicloxacillin =
      'Dicloxacillin sodium capsules are indicated in the treatment of infections caused by penicillinase-producing staphylococci which have demonstrated susceptibility to the drug.';
    expect(verdict(dicloxacillin, 'staph infection').kind).not.toBe('not-listed');
  });

  it('reads "bipolar depression" and "mania" as phases of bipolar disorder', () => {
    const risperidone =
      'Risperidone tablets are indicated for the treatment of acute manic or mixed episodes associated with Bipolar I Disorder.';
    expect(verdict(risperidone, 'bipolar depression').kind).not.toBe('covers');
    expect(verdict(risperidone, 'mania').kind).toBe('covers');
    expect(verdict(risperidone, 'bipolar disorder').kind).toBe('covers');
    const lurasidone =
      'Lurasidone is indicated for monotherapy treatment of adult and pediatric patients (10 to 17 years) with major depressive episode associated with bipolar I disorder (bipolar depression).';
    expect(verdict(lurasidone, 'mania').kind).not.toBe('covers');
    expect(verdict(lurasidone, 'manic episodes').kind).not.toBe('covers');
    const covers = verdict(lurasidone, 'bipolar depression');
    expect(covers.kind).toBe('covers');
    // the phase is the condition asked, not a narrower one
    expect(covers.kind === 'covers' && covers.narrower).toBe(false);
  });

  it('does not read vasospastic angina as unstable angina, nor diagnostic criteria as indications', () => {
    const amlodipine =
      "Amlodipine besylate tablets are indicated for the treatment of: Coronary Artery Disease Chronic Stable Angina Vasospastic Angina (Prinzmetal's or Variant Angina)";
    expect(verdict(amlodipine, 'unstable angina').kind).not.toBe('covers');
    expect(verdict(amlodipine, 'vasospastic angina').kind).toBe('covers');
    expect(verdict(amlodipine, 'angina').kind).toBe('covers');
    const nifedipine =
      'Nifedipine extended-release tablets are indicated for the management of vasospastic angina confirmed by any of the following criteria: 1) classical pattern of angina at rest accompanied by ST segment elevation, 2) angina or coronary artery spasm provoked by ergonovine.';
    expect(verdict(nifedipine, 'unstable angina').kind).not.toBe('covers');
  });

  it("takes a population closing the item before as that item's", () => {
    const ciprofloxacin =
      'Ciprofloxacin tablet is a fluoroquinolone antibacterial indicated in adults (18 years of age and older) with the following infections caused by designated, susceptible bacteria and in pediatric patients where indicated: Plague in adult and pediatric patients Chronic Bacterial Prostatitis Urinary Tract Infections (UTI) Acute Uncomplicated Cystitis Complicated UTI and Pyelonephritis in Pediatric Patients Acute Sinusitis Usage';
    expect(verdict(ciprofloxacin, 'sinusitis in children').kind).not.toBe('covers');
    expect(verdict(ciprofloxacin, 'pyelonephritis in children').kind).toBe('covers');
    const cefdinir =
      'Cefdinir for oral suspension is indicated for the treatment of the following infections: Pediatric Patients Acute Bacterial Otitis Media caused by Haemophilus influenzae.';
    expect(verdict(cefdinir, 'ear infection in children').kind).toBe('covers');
  });

  it('reads "who are receiving standard therapy" as background, and "acute P. vivax malaria" as acute', () => {
    const anifrolumab =
      'SAPHNELO is indicated for the treatment of adult patients with moderate to severe systemic lupus erythematosus (SLE), who are receiving standard therapy.';
    expect(verdict(anifrolumab, 'systemic lupus erythematosus').kind).toBe('covers');
    const tafenoquine =
      'KRINTAFEL is indicated for the radical cure (prevention of relapse) of Plasmodium vivax malaria in patients aged 16 years and older who are receiving chloroquine therapy for acute P. vivax infection. Limitations of Use KRINTAFEL is NOT indicated for the treatment of acute P. vivax malaria.';
    expect(verdict(tafenoquine, 'acute malaria').kind).toBe('limited');
    expect(verdict(tafenoquine, 'malaria').kind).toBe('covers');
  });

  it('reads "tinea (pityriasis) versicolor" as one name, and a UTI label as broader than a kidney infection', () => {
    const oxiconazole =
      'Oxiconazole nitrate cream is indicated for the topical treatment of tinea (pityriasis) versicolor due to Malassezia furfur.';
    expect(verdict(oxiconazole, 'ringworm').kind).not.toBe('covers');
    expect(verdict(oxiconazole, 'tinea versicolor').kind).toBe('covers');
    const methenamine =
      'Methenamine hippurate tablets USP are indicated for prophylactic or suppressive treatment of frequently recurring urinary tract infections when long-term therapy is considered necessary.';
    expect(verdict(methenamine, 'kidney infection').kind).not.toBe('not-listed');
  });

  it('reads a long "Only penicillin by ... has been shown" and "the potential to produce" as no indication', () => {
    const cefpodoxime =
      'Pharyngitis and/or tonsillitis caused by Streptococcus pyogenes. NOTE: Only penicillin by the intramuscular route of administration has been shown to be effective in the prophylaxis of rheumatic fever.';
    expect(verdict(cefpodoxime, 'rheumatic fever prevention').kind).not.toBe('covers');
    const procainamide =
      'Procainamide hydrochloride injection is indicated for the treatment of documented ventricular arrhythmias. Because procainamide has the potential to produce serious hematological disorders (0.5 percent) particularly leukopenia or agranulocytosis (sometimes fatal), its use should be reserved for patients in whom the benefits of treatment clearly outweigh the risks.';
    expect(verdict(procainamide, 'leukopenia').kind).not.toBe('covers');
    const levoleucovorin =
      'KHAPZORY is indicated for: rescue after high-dose methotrexate therapy in adult and pediatric patients with osteosarcoma. The treatment of adults with metastatic colorectal cancer in combination with fluorouracil.';
    expect(verdict(levoleucovorin, 'osteosarcoma').kind).not.toBe('covers');
    expect(verdict(levoleucovorin, 'colorectal cancer').kind).toBe('covers');
  });

  it('reads "can cause life-threatening X", "X-predominant Y" and a limited "who have X" as no cover', () => {
    const isotretinoin =
      'Isotretinoin capsules are indicated for the treatment of severe recalcitrant nodular acne. In addition, isotretinoin capsules are indicated only for those patients who are not pregnant, because isotretinoin capsules can cause life-threatening birth defects.';
    expect(verdict(isotretinoin, 'birth defects').kind).not.toBe('covers');
    const alosetron =
      'LOTRONEX is indicated only for women with severe diarrhea-predominant irritable bowel syndrome (IBS) who have chronic IBS symptoms.';
    expect(verdict(alosetron, 'diarrhea').kind).not.toBe('covers');
    expect(verdict(alosetron, 'irritable bowel syndrome').kind).toBe('covers');
    const mifepristone =
      "KORLYM is a cortisol receptor blocker indicated to control hyperglycemia secondary to hypercortisolism in adult patients with endogenous Cushing's syndrome who have type 2 diabetes mellitus or glucose intolerance. LIMITATIONS OF USE: KORLYM should not be used in the treatment of patients with type 2 diabetes unless it is secondary to Cushing's syndrome.";
    expect(verdict(mifepristone, 'type 2 diabetes').kind).toBe('limited');
    expect(verdict(mifepristone, "cushing's syndrome").kind).toBe('covers');
  });

  it("answers with a limit in the question's own words where the label states the condition only in others", () => {
    const calcifediol =
      'RAYALDEE is a vitamin D3 analog indicated for the treatment of secondary hyperparathyroidism in adult patients with stage 3 or 4 chronic kidney disease and serum total 25-hydroxyvitamin D levels less than 30 ng/mL. Limitations of Use RAYALDEE is not indicated for the treatment of secondary hyperparathyroidism in patients with stage 5 chronic kidney disease or in patients with end-stage renal disease on dialysis.';
    expect(verdict(calcifediol, 'end-stage renal disease').kind).toBe('limited');
    expect(verdict(calcifediol, 'secondary hyperparathyroidism').kind).toBe('covers');
    const mepolizumab =
      'NUCALA is indicated for the treatment of adult patients with eosinophilic granulomatosis with polyangiitis (EGPA).';
    expect(verdict(mepolizumab, 'churg-strauss syndrome').kind).toBe('covers');
  });

  it('does not read a word another heading lumps in as the condition (Becker in Duchenne, stroke, eczema)', () => {
    const golodirsen =
      'VYONDYS 53 is indicated for the treatment of Duchenne muscular dystrophy (DMD) in patients who have a confirmed mutation of the DMD gene that is amenable to exon 53 skipping.';
    expect(verdict(golodirsen, 'becker muscular dystrophy').kind).not.toBe('covers');
    expect(verdict(golodirsen, 'duchenne muscular dystrophy').kind).toBe('covers');
    const corticosteroid =
      'Rheumatic Disorders: For the treatment of dermatomyositis, temporal arteritis, polymyositis, and systemic lupus erythematosus. Allergic States: Control of severe or incapacitating allergic conditions intractable to adequate trials of conventional treatment in: asthma; atopic dermatitis; contact dermatitis.';
    expect(verdict(corticosteroid, 'stroke').kind).not.toBe('covers');
    const eczema = verdict(corticosteroid, 'eczema');
    expect(eczema.kind === 'covers' && eczema.named).toBe('atopic dermatitis');
    const levofloxacin =
      'Levofloxacin tablets are indicated for the treatment of uncomplicated skin and skin structure infections (mild to moderate) including abscesses, cellulitis, furuncles, impetigo, pyoderma, wound infections.';
    expect(verdict(levofloxacin, 'eczema').kind).not.toBe('covers');
    const nimodipine =
      'Nimodipine is indicated for the improvement of neurological outcome by reducing the incidence and severity of ischemic deficits in adult patients with subarachnoid hemorrhage from ruptured intracranial berry aneurysms.';
    expect(verdict(nimodipine, 'stroke').kind).toBe('covers');
  });

  it('does not read the patients of another therapy, or its target, as what the drug treats', () => {
    const naloxegol =
      'MOVANTIK is indicated for the treatment of opioid-induced constipation (OIC) in adult patients with chronic non-cancer pain, including patients with chronic pain related to prior cancer or its treatment who do not require frequent (e.g., weekly) opioid dosage escalation.';
    expect(verdict(naloxegol, 'chronic pain').kind).not.toBe('covers');
    expect(verdict(naloxegol, 'constipation').kind).toBe('covers');
    const ondansetron =
      'Ondansetron tablets are indicated for the prevention of nausea and vomiting associated with: highly emetogenic cancer chemotherapy, including cisplatin greater than or equal to 50 mg/m 2.';
    expect(verdict(ondansetron, 'cancer').kind).not.toBe('covers');
    expect(verdict(ondansetron, 'nausea').kind).toBe('covers');
    const filgrastim =
      '1.1 Patients with Cancer Receiving Myelosuppressive Chemotherapy FILKRI is indicated to decrease the incidence of infection, as manifested by febrile neutropenia, in patients with nonmyeloid malignancies receiving myelosuppressive anti-cancer drugs associated with a significant incidence of severe neutropenia with fever. 1.2 Patients with Acute Myeloid Leukemia Receiving Induction or Consolidation Chemotherapy FILKRI is indicated for reducing the time to neutrophil recovery and the duration of fever, following induction or consolidation chemotherapy treatment of patients with acute myeloid leukemia (AML).';
    expect(verdict(filgrastim, 'cancer').kind).not.toBe('covers');
    expect(verdict(filgrastim, 'leukemia').kind).not.toBe('covers');
    expect(verdict(filgrastim, 'neutropenia').kind).toBe('covers');
    const epoetin =
      '1.2 Anemia Due to Zidovudine in Patients with HIV Infection Epogen is indicated for the treatment of anemia due to zidovudine administered at ≤ 4200 mg/week in patients with HIV infection with endogenous serum erythropoietin levels of ≤ 500 mUnits/mL.';
    expect(verdict(epoetin, 'hiv').kind).not.toBe('covers');
    expect(verdict(epoetin, 'anemia').kind).toBe('covers');
    const varenicline =
      'Varenicline tablets are indicated for use as an aid to smoking cessation treatment.';
    expect(verdict(varenicline, 'smoking cessation').kind).toBe('covers');
  });

  it('reads "metastatic" as a stage, a clause of its own as no limit, and a list number as no part of a name', () => {
    const encorafenib =
      'BRAFTOVI is a kinase inhibitor indicated: Melanoma • in combination with binimetinib, for the treatment of patients with unresectable or metastatic melanoma with a BRAF V600E or V600K mutation, as detected by an FDA-authorized test.';
    const metastatic = verdict(encorafenib, 'metastatic melanoma');
    expect(metastatic.kind === 'covers' && metastatic.quote).toMatch(/metastatic melanoma/);
    const capecitabine =
      'Capecitabine tablets are a nucleoside metabolic inhibitor indicated for: Breast Cancer treatment of patients with advanced or metastatic breast cancer as a single agent if an anthracycline- or taxane-containing chemotherapy is not indicated.';
    expect(verdict(capecitabine, 'metastatic breast cancer').kind).toBe('covers');
    const anastrozole =
      'Anastrozole tablets are indicated for adjuvant treatment of postmenopausal women with hormone receptor-positive early breast cancer.';
    expect(verdict(anastrozole, 'metastatic breast cancer').kind).not.toBe('covers');
    const lapatinib =
      'Lapatinib tablets are indicated in combination with: capecitabine for the treatment of patients with advanced or metastatic breast cancer whose tumors overexpress HER2. Limitations of Use: Patients should have disease progression on trastuzumab prior to initiation of treatment. letrozole for the treatment of postmenopausal women with hormone receptor-positive metastatic breast cancer that overexpresses the HER2 receptor for whom hormonal therapy is indicated. Lapatinib tablets in combination with an aromatase inhibitor has not been compared to a trastuzumab-containing chemotherapy regimen for the treatment of metastatic breast cancer.';
    expect(verdict(lapatinib, 'metastatic breast cancer').kind).toBe('covers');
    const methylprednisolone =
      'Allergic States Control of severe or incapacitating allergic conditions intractable to adequate trials of conventional treatment: Serum sickness Contact dermatitis Bronchial asthma Atopic dermatitis 6. Ophthalmic Diseases Severe acute and chronic allergic and inflammatory processes involving the eye.';
    const v = verdict(methylprednisolone, 'eczema');
    expect(v.kind === 'covers' && v.named).toBe('Atopic dermatitis');
  });

  it("answers an infection question only with an infection, and a symptom's condition with its limit", () => {
    const mesna =
      'Mesna injection is indicated as a prophylactic agent in reducing the incidence of ifosfamide-induced hemorrhagic cystitis.';
    expect(verdict(mesna, 'bladder infection').kind).not.toBe('covers');
    expect(verdict(mesna, 'hemorrhagic cystitis').kind).toBe('covers');
    const elmiron =
      'ELMIRON is indicated for the relief of bladder pain or discomfort associated with interstitial cystitis.';
    expect(verdict(elmiron, 'bladder infection').kind).not.toBe('covers');
    const ofloxacin =
      'Ofloxacin Otic Solution is indicated for the treatment of infections caused by susceptible isolates of the designated microorganisms in the specific conditions listed below: Otitis Externa in adults and pediatric patients, 6 months and older, due to Escherichia coli, Pseudomonas aeruginosa and Staphylococcus aureus.';
    expect(verdict(ofloxacin, 'ear infection').kind).toBe('covers');
    const modafinil =
      'Modafinil tablets are indicated to improve wakefulness in adult patients with excessive sleepiness associated with narcolepsy, obstructive sleep apnea (OSA), or shift work disorder (SWD). Limitations of Use In OSA, modafinil tablets are indicated to treat excessive sleepiness and not as treatment for the underlying obstruction.';
    expect(verdict(modafinil, 'sleep apnea').kind).toBe('limited');
    expect(verdict(modafinil, 'narcolepsy').kind).toBe('covers');
    const olanzapine =
      'As Olanzapine and Fluoxetine in Combination for the: Treatment of depressive episodes associated with bipolar I disorder. Olanzapine monotherapy is not indicated for the treatment of depressive episodes associated with bipolar I disorder.';
    expect(verdict(olanzapine, 'bipolar depression').kind).toBe('covers');
    const emapalumab =
      'GAMIFANT is indicated for the treatment of adult and pediatric patients with HLH/macrophage activation syndrome (MAS) in known or suspected Still’s disease, including systemic Juvenile Idiopathic Arthritis (sJIA).';
    expect(verdict(emapalumab, 'rheumatoid arthritis').kind).not.toBe('covers');
    const atropine =
      'Atropine Sulfate Injection, USP, is indicated for temporary blockade of severe or life threatening muscarinic effects, e.g., as an antisialagogue, an antivagal agent, an antidote for organophosphorus or muscarinic mushroom poisoning, and to treat bradyasystolic cardiac arrest.';
    expect(verdict(atropine, 'heart failure').kind).not.toBe('covers');
  });

  it("reads an eponym's possessive as its name, and AML, DMD and PCP as their conditions", () => {
    const siltuximab =
      "SYLVANT is indicated for the treatment of patients with multicentric Castleman's disease (MCD) who are human immunodeficiency virus (HIV) negative and human herpesvirus-8 (HHV-8) negative. Limitations of Use SYLVANT was not studied in patients with MCD who are HIV positive or HHV-8 positive.";
    expect(verdict(siltuximab, 'multicentric castleman disease').kind).toBe('covers');
    const glasdegib =
      'DAURISMO is indicated, in combination with low-dose cytarabine, for the treatment of newly-diagnosed acute myeloid leukemia (AML) in adult patients who are ≥75 years old.';
    expect(verdict(glasdegib, 'aml').kind).toBe('covers');
    const atovaquone =
      'Atovaquone oral suspension is indicated for the prevention of Pneumocystis jirovecii pneumonia (PCP) in adults and adolescents (aged 13 years and older) who cannot tolerate trimethoprim-sulfamethoxazole (TMP-SMX).';
    expect(verdict(atovaquone, 'pcp').kind).toBe('covers');
    const atovaquoneFull =
      'Atovaquone oral suspension is a quinone antimicrobial drug indicated for: Prevention of Pneumocystis jirovecii pneumonia (PCP) in adults and adolescents aged 13 years and older who cannot tolerate trimethoprim-sulfamethoxazole (TMP-SMX). Treatment of mild-to-moderate PCP in adults and adolescents aged 13 years and older who cannot tolerate TMP-SMX. Limitations of Use: Treatment of severe PCP (alveolar arterial oxygen diffusion gradient [(A-a)DO 2 ] >45 mm Hg) with atovaquone oral suspension has not been studied. 1.2 Treatment of Mild-to-Moderate Pneumocystis jirovecii Pneumonia Atovaquone oral suspension is indicated for the acute oral treatment of mild-to-moderate PCP in adults and adolescents (aged 13 years and older) who cannot tolerate TMP-SMX.';
    expect(verdict(atovaquoneFull, 'pcp').kind).toBe('covers');
    expect(verdict(atovaquoneFull, 'mild pcp').kind).toBe('covers');
    expect(verdict(atovaquoneFull, 'severe pcp').kind).not.toBe('covers');
    expect(vocabulary.resolve('dmd')?.concepts.map((c) => c.name)).toContain(
      'Duchenne muscular dystrophy',
    );
  });

  it('reads "neither ... nor ... has been shown" as a limit, quotes a limit with its words, and a numbered heading as a list of its own', () => {
    const dobutamine =
      'Dobutamine in 5% Dextrose Injection, USP is indicated when parenteral therapy is necessary for inotropic support in the short-term treatment of patients with cardiac decompensation due to depressed contractility resulting either from organic heart disease or from cardiac surgical procedures. Whether given orally, continuously intravenously, or intermittently intravenously, neither dobutamine nor any other cyclic-AMP-dependent inotrope has been shown in controlled trials to be safe or effective in the long-term treatment of congestive heart failure.';
    const chf = verdict(dobutamine, 'congestive heart failure');
    expect(chf.kind).toBe('limited');
    expect(chf.kind === 'limited' && chf.quote).toMatch(/\bneither dobutamine nor\b/);
    expect(verdict(dobutamine, 'chronic heart failure').kind).not.toBe('covers');
    expect(verdict(dobutamine, 'heart failure').kind).toBe('covers');
    const azithromycin =
      'Azithromycin is a macrolide antibacterial drug indicated for the treatment of patients with mild to moderate infections caused by susceptible strains of the designated microorganisms in the specific conditions listed below. Limitation of Use: Azithromycin should not be used in patients with pneumonia who are judged to be inappropriate for oral therapy because of moderate to severe illness or risk factors such as any of the following: • patients with cystic fibrosis, • patients with known or suspected bacteremia, • patients requiring hospitalization. 1.1 Adult Patients • Acute bacterial sinusitis due to Haemophilus influenzae. • Urethritis and cervicitis due to Chlamydia trachomatis or Neisseria gonorrhoeae. • Genital ulcer disease in men due to Haemophilus ducreyi (chancroid).';
    expect(verdict(azithromycin, 'chlamydia').kind).toBe('covers');
    const bacteremia = verdict(azithromycin, 'bacteremia');
    expect(bacteremia.kind === 'limited' && bacteremia.quote).toMatch(/should not be used/);
  });

  it('reads "not a drug of first choice" as a limit and a trial\'s population as no indication', () => {
    const ciprofloxacin =
      'Ciprofloxacin tablets are indicated in adult patients for treatment of lower respiratory tract infections caused by Escherichia coli or Streptococcus pneumoniae. Ciprofloxacin tablets are not a drug of first choice in the treatment of presumed or confirmed pneumonia secondary to Streptococcus pneumoniae.';
    expect(verdict(ciprofloxacin, 'pneumonia').kind).not.toBe('covers');
    const ticagrelor =
      'Ticagrelor tablets are indicated to reduce the risk of a first MI or stroke in patients with coronary artery disease (CAD) at high risk for such events. While use is not limited to this setting, the efficacy of ticagrelor tablet was established in a population with type 2 diabetes mellitus (T2DM).';
    expect(verdict(ticagrelor, 'diabetes').kind).not.toBe('covers');
    expect(verdict(ticagrelor, 'coronary artery disease').kind).toBe('covers');
  });

  it('reads a short-term treatment as no chronic one, "with the following mild to moderate infections" as a list, and a NOTE as no indication', () => {
    const rilonacept =
      'ARCALYST (rilonacept) is an interleukin-1 blocker indicated for: Treatment of recurrent pericarditis (RP) and reduction in risk of recurrence in adults and children 12 years and older.';
    expect(verdict(rilonacept, 'acute pericarditis').kind).not.toBe('covers');
    expect(verdict(rilonacept, 'pericarditis').kind).toBe('covers');
    const trifluoperazine =
      'For the management of schizophrenia. Trifluoperazine HCl is effective for the short-term treatment of generalized non-psychotic anxiety.';
    expect(verdict(trifluoperazine, 'chronic anxiety').kind).not.toBe('covers');
    expect(verdict(trifluoperazine, 'anxiety').kind).toBe('covers');
    const cefaclor =
      'When administered at the recommended dosages and durations of therapy, cefaclor extended-release tablets are indicated for the treatment of patients with the following mild to moderate infections when caused by susceptible strains of the designated organisms. Pharyngitis and tonsillitis due to Streptococcus pyogenes. Uncomplicated skin and skin and structure infections due to Staphylococcus aureus (methicillin-susceptible only). NOTE: In view of the insufficient numbers of isolates of Streptococcus pyogenes that were obtained from clinical trials with cefaclor extended-release tablets for patients with uncomplicated skin and skin structure infections, it was not possible to adequately evaluate the effectiveness of cefaclor extended-release tablets for skin infections known, suspected, or considered potentially to be caused by S. pyogenes.';
    expect(verdict(cefaclor, 'strep throat').kind).toBe('covers');
    const skin = verdict(cefaclor, 'skin infection');
    expect(skin.kind === 'covers' ? skin.quote : '').not.toMatch(/NOTE/);
  });

  it('reads "Replacement of ..." as an indication, knows growth hormone deficiency, and adults beside children', () => {
    const lonapegsomatropin =
      'SKYTROFA (lonapegsomatropin-tcgd) is a human growth hormone indicated for the: Treatment of pediatric patients 1 year and older who weigh at least 11.5 kg and have growth failure due to inadequate secretion of endogenous growth hormone (GH). Replacement of endogenous growth hormone in adults with growth hormone deficiency (GHD).';
    expect(verdict(lonapegsomatropin, 'growth hormone deficiency').kind).toBe('covers');
    expect(verdict(lonapegsomatropin, 'turner syndrome').kind).toBe('not-listed');
    const vosoritide =
      'VOXZOGO is indicated to increase linear growth in pediatric patients with achondroplasia with open epiphyses.';
    expect(verdict(vosoritide, 'achondroplasia in adults').kind).not.toBe('covers');
    expect(verdict(vosoritide, 'achondroplasia').kind).toBe('covers');
    const budesonide =
      'Budesonide inhalation suspension is an inhaled corticosteroid indicated for: • Maintenance treatment of asthma and as prophylactic therapy in children 12 months to 8 years of age. 1.1 Maintenance Treatment of Asthma Budesonide inhalation suspension is indicated for the maintenance treatment of asthma and as prophylactic therapy in children 12 months to 8 years of age.';
    expect(verdict(budesonide, 'asthma in adults').kind).not.toBe('covers');
    expect(
      verdict(
        'Montelukast sodium tablets are indicated for prophylaxis and chronic treatment of asthma in adults and pediatric patients 2 years of age and older.',
        'asthma in adults',
      ).kind,
    ).toBe('covers');
  });

  it('reads an infection named by the broader infection it is filed under, minimal change nephrotic syndrome as one, and atopic dermatitis as no contact dermatitis', () => {
    const cephalexin =
      'Cephalexin capsules are a cephalosporin antibacterial drug indicated for the treatment of the following infections caused by susceptible isolates of designated bacteria: Respiratory tract infection Otitis media Skin and skin structure infections Bone infections Genitourinary tract infections';
    expect(verdict(cephalexin, 'kidney infection').kind).not.toBe('not-listed');
    expect(verdict(cephalexin, 'kidney stones').kind).toBe('not-listed');
    const cyclophosphamide =
      'Cyclophosphamide is an alkylating drug indicated for treatment of: Minimal Change Nephrotic Syndrome in Pediatric Patients: biopsy proven minimal change nephrotic syndrome in pediatric patients who failed to adequately respond to or are unable to tolerate adrenocorticosteroid therapy Limitations of Use: The safety and effectiveness for the treatment of nephrotic syndrome in adults or other renal disease has not been established.';
    expect(verdict(cyclophosphamide, 'nephrotic syndrome in children').kind).toBe('covers');
    expect(verdict(cyclophosphamide, 'nephrotic syndrome in adults').kind).not.toBe('covers');
    // (the injection's list puts the population in the item's heading, before a colon)
    const injection =
      'Cyclophosphamide for injection is an alkylating drug indicated for treatment of adults and pediatric patients with: Malignant Diseases: malignant lymphomas: Hodgkin’s disease, multiple myeloma, leukemias, retinoblastoma, breast carcinoma Minimal Change Nephrotic Syndrome in Pediatric Patients: biopsy proven minimal change nephrotic syndrome patients who failed to adequately respond to or are unable to tolerate adrenocorticosteroid therapy';
    expect(verdict(injection, 'nephrotic syndrome in adults').kind).not.toBe('covers');
    expect(verdict(injection, 'nephrotic syndrome in children').kind).toBe('covers');
    const pimecrolimus =
      'Pimecrolimus Cream, 1% is indicated as second-line therapy for the short-term and non-continuous chronic treatment of mild to moderate atopic dermatitis in non-immunocompromised adults and children 2 years of age and older.';
    expect(verdict(pimecrolimus, 'contact dermatitis').kind).not.toBe('covers');
    expect(verdict(pimecrolimus, 'eczema').kind).toBe('covers');
  });

  it('reads an abbreviation the label defines where it states the condition, and quotes the name before it', () => {
    const selexipag =
      'UPTRAVI is a prostacyclin receptor agonist indicated for the treatment of pulmonary arterial hypertension (PAH, WHO Group I): In adults to delay disease progression and reduce the risk of hospitalization for PAH. Pediatric Patients UPTRAVI is indicated for the treatment of PAH (WHO Group I) in pediatric patients aged two years and older.';
    const children = verdict(selexipag, 'pulmonary arterial hypertension in children');
    expect(children.kind).toBe('covers');
    expect(children.kind === 'covers' ? children.quote : '').toMatch(/pediatric patients aged two/);
    // an abbreviation the label does not define stays too short to say "covers"
    expect(
      verdict(
        'Indicated for the treatment of PAH (WHO Group I) in pediatric patients aged two years and older.',
        'pulmonary arterial hypertension in children',
      ).kind,
    ).not.toBe('covers');
    const pantoprazole =
      'Pantoprazole sodium is a proton pump inhibitor (PPI) indicated for the following: Short-Term Treatment of Erosive Esophagitis Associated with Gastroesophageal Reflux Disease (GERD) Maintenance of Healing of Erosive Esophagitis. 1.2 Maintenance of Healing of Erosive Esophagitis Pantoprazole sodium is indicated for maintenance of healing of EE and reduction in relapse rates of daytime and nighttime heartburn symptoms in adult patients with GERD.';
    const gerd = verdict(pantoprazole, 'GERD');
    expect(gerd.kind === 'covers' ? gerd.quote : '').toMatch(/Gastroesophageal Reflux Disease/);
  });

  it('answers "cancer" only with a malignancy the label names, not the patients of supportive care', () => {
    const kinds = (indications: string, condition: string) => verdict(indications, condition).kind;
    // benign tumours, syndromes MeSH files under Neoplasms, and "tumor" in other words
    expect(
      kinds(
        "Infliximab is a tumor necrosis factor (TNF) blocker indicated for: Crohn's Disease: reducing signs and symptoms.",
        'cancer',
      ),
    ).not.toBe('covers');
    expect(
      kinds(
        'Pantoprazole is indicated for the long-term treatment of pathological hypersecretory conditions, including Zollinger-Ellison (ZE) Syndrome.',
        'cancer',
      ),
    ).not.toBe('covers');
    expect(
      kinds(
        'Cabergoline is indicated for the treatment of hyperprolactinemic disorders, either idiopathic or due to pituitary adenomas.',
        'cancer',
      ),
    ).not.toBe('covers');
    expect(
      kinds(
        'Naloxegol is indicated for the treatment of opioid-induced constipation (OIC) in adult patients with chronic non-cancer pain, including patients with chronic pain related to prior cancer or its treatment.',
        'cancer',
      ),
    ).not.toBe('covers');
    expect(
      kinds(
        'Betamethasone may also be useful in cystic tumors of an aponeurosis or tendon (ganglia).',
        'cancer',
      ),
    ).not.toBe('covers');
    // a malignancy named as one still covers it
    expect(
      kinds(
        'Indicated for the treatment of adult patients with platinum-resistant epithelial ovarian, fallopian tube, or primary peritoneal cancer.',
        'cancer',
      ),
    ).toBe('covers');
    expect(
      kinds(
        'VITRAKVI is indicated for the treatment of adult and pediatric patients with solid tumors that have an NTRK gene fusion.',
        'cancer',
      ),
    ).toBe('covers');
    // the patients of another therapy: marrow recovery after transplantation, uric acid in tumor
    // lysis, infections in those with hematologic malignancies
    const sargramostim =
      "LEUKINE is indicated for the acceleration of myeloid reconstitution following autologous peripheral blood progenitor cell (PBPC) or bone marrow transplantation in adult and pediatric patients 2 years of age and older with non-Hodgkin's lymphoma (NHL), acute lymphoblastic leukemia (ALL) and Hodgkin's lymphoma (HL).";
    expect(kinds(sargramostim, 'leukemia')).not.toBe('covers');
    expect(kinds(sargramostim, 'neutropenia')).not.toBe('not-listed');
    const rasburicase =
      'Elitek is indicated for the initial management of plasma uric acid levels in pediatric and adult patients with leukemia, lymphoma, and solid tumor malignancies who are receiving anticancer therapy expected to result in tumor lysis and subsequent elevation of plasma uric acid.';
    expect(kinds(rasburicase, 'cancer')).not.toBe('covers');
    expect(kinds(rasburicase, 'tumor lysis syndrome')).toBe('covers');
    expect(
      kinds(
        'Posaconazole is indicated for the prophylaxis of invasive Aspergillus and Candida infections in patients who are at high risk of developing these infections due to being severely immunocompromised, such as hematopoietic stem cell transplant (HSCT) recipients with graft-versus-host disease (GVHD) or those with hematologic malignancies with prolonged neutropenia from chemotherapy.',
        'cancer',
      ),
    ).not.toBe('covers');
  });

  it('reads the patients whose other therapy the drug makes room for, ITP, and postpartum endometritis as no PID', () => {
    const eltrombopag =
      'Eltrombopag tablets are indicated for the treatment of thrombocytopenia in patients with chronic hepatitis C to allow the initiation and maintenance of interferon-based therapy. Eltrombopag tablets should be used only in patients with chronic hepatitis C whose degree of thrombocytopenia prevents the initiation of interferon-based therapy or limits the ability to maintain interferon-based therapy.';
    expect(verdict(eltrombopag, 'hepatitis c').kind).not.toBe('covers');
    expect(verdict(eltrombopag, 'thrombocytopenia').kind).toBe('covers');
    expect(
      verdict(
        'Indicated for the treatment of thrombocytopenia in adult and pediatric patients 1 year and older with persistent or chronic immune thrombocytopenia (ITP) who have had an insufficient response to corticosteroids.',
        'itp',
      ).kind,
    ).toBe('covers');
    expect(
      verdict(
        'Ertapenem for injection is indicated for the treatment of the following moderate to severe infections caused by susceptible bacteria: Acute pelvic infections including postpartum endomyometritis, septic abortion and post-surgical gynecologic infections.',
        'pelvic inflammatory disease',
      ).kind,
    ).not.toBe('covers');
  });

  it('does not cover a broad condition by what MeSH or DO files under it in other senses, a risk, a caution or a complication', () => {
    const kinds = (indications: string, condition: string) => verdict(indications, condition).kind;
    expect(
      kinds(
        'Anastrozole tablets are indicated for adjuvant treatment of postmenopausal women with hormone receptor-positive early breast cancer.',
        'skin disease',
      ),
    ).not.toBe('covers');
    expect(
      kinds(
        "Pilocarpine hydrochloride tablets are indicated for the treatment of symptoms of dry mouth in patients with Sjogren's syndrome.",
        'arthritis',
      ),
    ).not.toBe('covers');
    expect(
      kinds(
        'ORLADEYO is indicated for prophylaxis to prevent attacks of hereditary angioedema (HAE) in adults and pediatric patients 12 years and older.',
        'allergy',
      ),
    ).not.toBe('covers');
    expect(
      kinds(
        'Ertapenem is indicated for the treatment of complicated skin and skin structure infections, including diabetic foot infections without osteomyelitis.',
        'diabetes',
      ),
    ).not.toBe('covers');
    expect(
      kinds(
        'Clopidogrel tablets are indicated for acute coronary syndrome: non-ST-segment elevation ACS (unstable angina/non-ST-elevation myocardial infarction).',
        'pain',
      ),
    ).not.toBe('covers');
    // a risk of the drug is no indication; a risk it reduces is one
    const tolcapone =
      "Because of the risk of potentially fatal, acute fulminant liver failure, TASMAR should ordinarily be used in patients with Parkinson's disease on l-dopa/carbidopa who are experiencing symptom fluctuations.";
    expect(kinds(tolcapone, 'liver disease')).not.toBe('covers');
    expect(kinds(tolcapone, "parkinson's disease")).toBe('covers');
    expect(
      kinds(
        'Atorvastatin calcium tablets are indicated to reduce the risk of myocardial infarction and stroke in adults with multiple risk factors for coronary heart disease.',
        'heart attack',
      ),
    ).toBe('covers');
    expect(
      kinds(
        'APTIVUS is indicated for combination antiretroviral treatment of HIV-1 infected adult patients. Use caution when prescribing APTIVUS/ritonavir to patients with elevated transaminases, hepatitis B or C co-infection.',
        'hepatitis b',
      ),
    ).not.toBe('covers');
    // a complication named by the patients' own disease is what is treated
    const losartan =
      'Treatment of diabetic nephropathy with an elevated serum creatinine and proteinuria in patients with type 2 diabetes and a history of hypertension.';
    expect(kinds(losartan, 'diabetes')).not.toBe('covers');
    expect(kinds(losartan, 'diabetic nephropathy')).toBe('covers');
    expect(
      kinds(
        'Clomipramine is indicated for the treatment of obsessions and compulsions in patients with obsessive-compulsive disorder (OCD).',
        'ocd',
      ),
    ).toBe('covers');
  });

  it('keeps Ewing sarcoma apart from osteosarcoma, reads gestational trophoblastic neoplasia above choriocarcinoma, and knows vaginal candidiasis', () => {
    const dactinomycin =
      'Dactinomycin for Injection is an actinomycin indicated for the treatment of: adult and pediatric patients with Ewing sarcoma, as part of a multi-phase, combination chemotherapy regimen. post-menarchal patients with gestational trophoblastic neoplasia, as a single agent or as part of a combination chemotherapy regimen.';
    expect(verdict(dactinomycin, 'osteosarcoma').kind).not.toBe('covers');
    expect(verdict(dactinomycin, 'ewing sarcoma').kind).toBe('covers');
    expect(verdict(dactinomycin, 'choriocarcinoma').kind).not.toBe('not-listed');
    expect(
      verdict(
        'VIVJOA is an azole antifungal indicated to reduce the incidence of recurrent vulvovaginal candidiasis (RVVC) in females with a history of RVVC who are NOT of reproductive potential.',
        'vaginal candidiasis',
      ).kind,
    ).toBe('covers');
  });

  it('reads patients who do not have the condition, death prevented after a condition, and people named for the next statement', () => {
    const kinds = (indications: string, condition: string) => verdict(indications, condition).kind;
    expect(
      kinds(
        'ARIDOL is indicated for the assessment of bronchial hyperresponsiveness in adult and pediatric patients 6 years of age or older who do not have clinically apparent asthma.',
        'asthma',
      ),
    ).not.toBe('covers');
    const tenecteplase =
      'TNKase is indicated to reduce the risk of death associated with acute ST elevation myocardial infarction (STEMI).';
    expect(kinds(tenecteplase, 'heart attack prevention')).not.toBe('covers');
    expect(kinds(tenecteplase, 'heart attack')).toBe('covers');
    expect(
      kinds(
        'Warfarin is indicated for the reduction in the risk of death, recurrent myocardial infarction (MI), and thromboembolic events such as stroke or systemic embolization after myocardial infarction.',
        'heart attack prevention',
      ),
    ).toBe('covers');
    const gabapentin =
      'Gabapentin Capsules, USP are indicated for: Management of postherpetic neuralgia in adults Adjunctive therapy in the treatment of partial onset seizures, with and without secondary generalization, in adults and pediatric patients 3 years and older with epilepsy Gabapentin Capsules, USP are indicated for Postherpetic neuralgia in adults';
    expect(kinds(gabapentin, 'pain in children')).not.toBe('covers');
    expect(kinds(gabapentin, 'epilepsy in children')).toBe('covers');
  });

  it('does not read a molecule named for a disease, or a cause to rule out, as an indication', () => {
    expect(
      verdict(
        'ALECENSA is a kinase inhibitor indicated for adjuvant treatment in adult patients following tumor resection of anaplastic lymphoma kinase (ALK)-positive non-small cell lung cancer (NSCLC).',
        'lymphoma',
      ).kind,
    ).not.toBe('covers');
    expect(
      verdict(
        'BOTOX is indicated for the treatment of severe primary axillary hyperhidrosis. Patients should be evaluated for potential causes of secondary hyperhidrosis (e.g., hyperthyroidism) to avoid symptomatic treatment of hyperhidrosis without the diagnosis and/or treatment of the underlying disease.',
        'hyperthyroidism',
      ).kind,
    ).not.toBe('covers');
  });

  it('keeps the people of one list item off the next one', () => {
    const cariprazine =
      'VRAYLAR is indicated for: • Treatment of schizophrenia in adult and pediatric patients 13 years of age and older • Acute treatment of manic or mixed episodes associated with bipolar I disorder in adult and pediatric patients 10 years of age and older • Treatment of depressive episodes associated with bipolar I disorder (bipolar depression) in adult patients';
    expect(verdict(cariprazine, 'bipolar depression in children').kind).not.toBe('covers');
    expect(verdict(cariprazine, 'schizophrenia in children').kind).toBe('covers');
    expect(
      verdict(cariprazine.replace(/ • /g, ' '), 'bipolar depression in children').kind,
    ).not.toBe('covers');
  });

  it('answers an attack only with an indication that treats it, not one that prevents or maintains', () => {
    const kinds = (indications: string, condition: string) => verdict(indications, condition).kind;
    const alvesco =
      'ALVESCO is indicated for the maintenance treatment of asthma as prophylactic therapy in adult and pediatric patients 12 years of age and older. Limitations of Use: ALVESCO is not indicated for the relief of acute bronchospasm.';
    expect(kinds(alvesco, 'asthma attack')).not.toBe('covers');
    expect(kinds(alvesco, 'asthma')).toBe('covers');
    const topiramate =
      'Topiramate tablets are indicated for: Epilepsy: initial monotherapy for the treatment of partial-onset or primary generalized tonic-clonic seizures in patients 2 years of age and older; adjunctive therapy for the treatment of partial-onset seizures in patients 2 years of age and older Preventive treatment of migraine in patients 12 years of age and older 1.3 Migraine Topiramate tablets are indicated for the preventive treatment of migraine in patients 12 years of age and older.';
    expect(kinds(topiramate, 'migraine attack')).not.toBe('covers');
    expect(kinds(topiramate, 'migraine prevention')).toBe('covers');
    expect(
      kinds(
        '1.1 Asthma XOLAIR is indicated for adults and pediatric patients 6 years of age and older with moderate to severe persistent asthma who have a positive skin test.',
        'asthma attack',
      ),
    ).not.toBe('covers');
    expect(
      kinds(
        'SPIRIVA RESPIMAT is indicated for the long-term, once-daily, maintenance treatment of bronchospasm associated with COPD, and to reduce exacerbations in COPD patients.',
        'copd exacerbation',
      ),
    ).not.toBe('covers');
    expect(
      kinds(
        'Colchicine tablets are indicated for: Prophylaxis and treatment of gout flares in adults.',
        'gout flare',
      ),
    ).toBe('covers');
    const sumatriptan =
      'Sumatriptan injection is indicated in adults for the acute treatment of migraine, with or without aura. Limitations of Use: Use only if a clear diagnosis of migraine has been established. Not indicated for the prevention of migraine attacks.';
    expect(kinds(sumatriptan, 'migraine attack')).toBe('covers');
    expect(
      kinds(
        'Isosorbide Mononitrate Tablets USP are indicated for the prevention and treatment of angina pectoris due to coronary artery disease. The onset of action of oral isosorbide mononitrate is not sufficiently rapid for this product to be useful in aborting an acute anginal episode.',
        'angina attack',
      ),
    ).not.toBe('covers');
    expect(
      kinds(
        'Levofloxacin tablets are indicated in adult patients for the treatment of acute bacterial exacerbation of chronic bronchitis (ABECB) due to Staphylococcus aureus.',
        'copd exacerbation',
      ),
    ).toBe('covers');
    expect(
      kinds(
        'ZYFLO is indicated for the prophylaxis and chronic treatment of asthma in adults and children 12 years of age and older. Do not use zileuton extended-release tablet to treat an acute asthma attack.',
        'asthma attack',
      ),
    ).not.toBe('covers');
  });

  it('reads a precaution before treating, another disease suspected, and another salt recommended as no indication', () => {
    const erythromycin =
      'Acute pelvic inflammatory disease caused by Neisseria gonorrhoeae: Erythromycin lactobionate for injection, USP followed by erythromycin stearate orally, as an alternative drug in treatment of acute pelvic inflammatory disease caused by N. gonorrhoeae in female patients with a history of sensitivity to penicillin. Before treatment of gonorrhea, patients who are suspected of also having syphilis should have a microscopic examination for T.pallidum (by immunofluorescence or darkfield) before receiving erythromycin.';
    expect(verdict(erythromycin, 'syphilis').kind).not.toBe('covers');
    const gonorrhea = verdict(erythromycin, 'gonorrhea');
    expect(gonorrhea.kind === 'covers' ? gonorrhea.quote : '').not.toMatch(/Before treatment/);
    expect(
      verdict(
        'Streptococcal infections (Group A - without bacteremia). Penicillin G sodium or potassium is recommended for streptococcal infections with bacteremia.',
        'bacteremia',
      ).kind,
    ).not.toBe('covers');
  });

  it('does not cover low blood pressure by a hypotension the drug produces or the patients present with', () => {
    expect(
      verdict(
        'Sodium nitroprusside is also indicated for producing controlled hypotension in order to reduce bleeding during surgery.',
        'low blood pressure',
      ).kind,
    ).not.toBe('covers');
    expect(
      verdict(
        'Cefepime for Injection as monotherapy is indicated for empiric treatment of febrile neutropenic patients. In patients at high risk for severe infection (including patients with a history of recent bone marrow transplantation, with hypotension at presentation, with an underlying hematologic malignancy, or with severe or prolonged neutropenia), antimicrobial monotherapy may not be appropriate.',
        'low blood pressure',
      ).kind,
    ).not.toBe('covers');
    expect(
      verdict(
        'Fluconazole tablets are also effective for the treatment of Candida urinary tract infections, peritonitis, and systemic Candida infections.',
        'bacterial infection',
      ).kind,
    ).not.toBe('covers');
  });

  it('reads weight loss the patients suffer as no weight loss the drug brings about', () => {
    expect(
      verdict(
        'Ursodiol capsules are indicated for the prevention of gallstone formation in obese patients experiencing rapid weight loss.',
        'weight loss',
      ).kind,
    ).not.toBe('covers');
    expect(
      verdict(
        'Use for weight loss in overweight adults, 18 years and older, when used along with a reduced-calorie and low-fat diet',
        'weight loss',
      ).kind,
    ).toBe('covers');
  });

  it('reads an infection that caused the cancer treated, and CKD stages before kidney failure, as not covered', () => {
    expect(
      verdict(
        'KEYTRUDA QLEX is indicated for: Hepatocellular Carcinoma (HCC) for the treatment of adult patients with HCC secondary to hepatitis B who have received prior systemic therapy other than a PD-1/PD-L1-containing regimen.',
        'hepatitis b',
      ).kind,
    ).not.toBe('covers');
    const rayaldee =
      'RAYALDEE is a vitamin D3 analog indicated for the treatment of secondary hyperparathyroidism in adult patients with stage 3 or 4 chronic kidney disease and serum total 25-hydroxyvitamin D levels less than 30 ng/mL.';
    expect(verdict(rayaldee, 'kidney failure').kind).not.toBe('covers');
    expect(verdict(rayaldee, 'chronic kidney disease').kind).toBe('covers');
    expect(
      verdict(
        'Doxercalciferol capsules are indicated for the treatment of secondary hyperparathyroidism in adult patients with Stage 3 or Stage 4 chronic kidney disease (CKD) and adult patients with CKD on dialysis.',
        'kidney failure',
      ).kind,
    ).toBe('covers');
  });

  it('reads a missing-data clause after a semicolon, a toxicity another drug prevents, and the patients of a stem-cell transplant', () => {
    expect(
      verdict(
        'Pharyngitis/Tonsillitis: Caused by Streptococcus pyogenes. Cefprozil is generally effective in the eradication of Streptococcus pyogenes from the nasopharynx; however, substantial data establishing the efficacy of cefprozil in the subsequent prevention of rheumatic fever are not available at present.',
        'rheumatic fever prevention',
      ).kind,
    ).not.toBe('covers');
    expect(
      verdict(
        'Ifosfamide for Injection is indicated for use in combination with certain other approved antineoplastic agents for third-line chemotherapy of germ cell testicular cancer. It should be used in combination with mesna for prophylaxis of hemorrhagic cystitis.',
        'hemorrhagic cystitis',
      ).kind,
    ).not.toBe('covers');
    const plerixafor =
      'Plerixafor injection is indicated in combination with filgrastim to mobilize hematopoietic stem cells (HSCs) to the peripheral blood for collection and subsequent autologous transplantation in patients with non-Hodgkin’s lymphoma (NHL) or multiple myeloma (MM).';
    expect(verdict(plerixafor, 'multiple myeloma').kind).not.toBe('covers');
    expect(verdict(plerixafor, 'lymphoma').kind).not.toBe('covers');
    expect(
      verdict(
        'Otitis Media: Caused by Streptococcus pneumoniae, Haemophilus influenzae (including ß-lactamase-producing strains), and Moraxella (Branhamella) catarrhalis.',
        'ear infection',
      ).kind,
    ).toBe('covers');
  });

  it('quotes the item that names the course asked, also where the course follows the condition', () => {
    const v = verdict(
      'Initial Treatment of Advanced Ovarian Carcinoma Carboplatin injection is indicated for the initial treatment of advanced ovarian carcinoma in established combination with other approved chemotherapeutic agents. Secondary Treatment of Advanced Ovarian Carcinoma Carboplatin injection is indicated for the palliative treatment of patients with ovarian carcinoma recurrent after prior chemotherapy, including patients who have been previously treated with cisplatin.',
      'recurrent ovarian cancer',
    );
    expect(v.kind).toBe('covers');
    expect(v.kind === 'covers' && v.quote).toMatch(
      /ovarian carcinoma recurrent after prior chemotherapy/,
    );
  });

  it('knows HSV infections and diabetic neuropathic ulcers, and keeps the ulcer off diabetic neuropathy', () => {
    expect(
      verdict(
        'Foscarnet sodium injection is indicated for the treatment of acyclovir-resistant mucocutaneous HSV infections in immunocompromised patients.',
        'herpes',
      ).kind,
    ).toBe('covers');
    const regranex =
      'REGRANEX is indicated for the treatment of lower extremity diabetic neuropathic ulcers that extend into the subcutaneous tissue or beyond and have an adequate blood supply.';
    expect(verdict(regranex, 'diabetic foot ulcer').kind).toBe('covers');
    expect(verdict(regranex, 'diabetic neuropathy').kind).not.toBe('covers');
    expect(
      verdict(
        '1.4 Limitations of Use Tigecycline for Injection is not indicated for the treatment of diabetic foot infections. A clinical trial failed to demonstrate non-inferiority of Tigecycline for Injection for treatment of diabetic foot infections.',
        'diabetic foot',
      ).kind,
    ).not.toBe('covers');
  });

  it('reads bulleted items opened with no colon, a criterion list between items, and gliomas as brain tumours', () => {
    const dasatinib =
      'Dasatinib tablet is a kinase inhibitor indicated for the treatment of • newly diagnosed adults with Philadelphia chromosome-positive (Ph+) chronic myeloid leukemia (CML) in chronic phase. • adults with Philadelphia chromosome-positive acute lymphoblastic leukemia (Ph+ ALL) with resistance or intolerance to prior therapy. • pediatric patients 1 year of age and older with Ph+ CML in chronic phase.';
    expect(verdict(dasatinib, 'acute lymphoblastic leukemia').kind).toBe('covers');
    expect(verdict(dasatinib, 'acute lymphoblastic leukemia in children').kind).not.toBe('covers');
    const kadcyla = verdict(
      'KADCYLA is a HER2-targeted antibody and microtubule inhibitor conjugate indicated, as a single agent, for: the treatment of patients with HER2-positive, metastatic breast cancer who previously received trastuzumab and a taxane. Patients should have either: received prior therapy for metastatic disease, or developed disease recurrence during or within six months of completing adjuvant therapy. the adjuvant treatment of patients with HER2-positive early breast cancer who have residual invasive disease.',
      'early breast cancer',
    );
    expect(kadcyla.kind === 'covers' && kadcyla.quote).toMatch(
      /^KADCYLA is .*indicated, as a single agent, for: … the adjuvant treatment/,
    );
    expect(
      verdict(
        'Temozolomide capsules are indicated for the treatment of adult patients with newly diagnosed glioblastoma concomitantly with radiotherapy and then as maintenance treatment.',
        'brain tumor',
      ).kind,
    ).toBe('covers');
    expect(
      verdict(
        'OJEMDA is indicated for the treatment of patients 6 months of age and older with relapsed or refractory pediatric low-grade glioma (LGG) harboring a BRAF fusion or rearrangement, or BRAF V600 mutation.',
        'brain tumor',
      ).kind,
    ).toBe('covers');
  });

  it('does not say "does not list" skin cancer beside melanoma, or hyperphosphatemia beside reducing serum phosphate', () => {
    expect(
      verdict(
        'MEKTOVI is indicated in combination with encorafenib for the treatment of patients with unresectable or metastatic melanoma with a BRAF V600E or V600K mutation.',
        'skin cancer',
      ).kind,
    ).not.toBe('not-listed');
    expect(
      verdict(
        'LANTHANUM CARBONATE is a phosphate binder indicated to reduce serum phosphate in patients with end-stage renal disease (ESRD).',
        'hyperphosphatemia',
      ).kind,
    ).not.toBe('not-listed');
  });

  it('reads an infection site heading the vocabulary keeps as a root as broader (peritonitis, intra-abdominal infections)', () => {
    expect(
      verdict(
        'XERAVA is a tetracycline class antibacterial indicated for the treatment of complicated intra‑abdominal infections in patients 18 years of age and older.',
        'peritonitis',
      ).kind,
    ).toBe('silent');
  });

  it('reads venous thromboembolism in its parts: PE covers it, DVT neither covers nor leaves it out', () => {
    const v = verdict(
      'SAVAYSA is indicated for the treatment of deep vein thrombosis (DVT) and pulmonary embolism (PE) following 5 to 10 days of initial therapy with a parenteral anticoagulant.',
      'vte',
    );
    expect(v.kind).toBe('covers');
    expect(
      verdict(
        'Lovenox is indicated for the prophylaxis of deep vein thrombosis (DVT) in abdominal surgery.',
        'venous thromboembolism',
      ).kind,
    ).toBe('silent');
    expect(
      verdict(
        'ELIQUIS is indicated for the treatment of venous thromboembolism (VTE) in pediatric patients from birth.',
        'deep vein thrombosis',
      ).kind,
    ).toBe('silent');
  });

  it('quotes the statement that treats the condition, not one it may lead to', () => {
    const v = verdict(
      'ELIQUIS is indicated for the prophylaxis of deep vein thrombosis (DVT), which may lead to pulmonary embolism (PE), in patients who have undergone hip or knee replacement surgery. 1.4 Treatment of Pulmonary Embolism ELIQUIS is indicated for the treatment of adults with pulmonary embolism (PE).',
      'pulmonary embolism',
    );
    expect(v.kind === 'covers' && v.quote).toMatch(/^1\.4 Treatment of Pulmonary Embolism/);
  });

  it('answers an acute question with the limit on acute treatment, not with an extended or preventive indication', () => {
    const fragmin =
      'FRAGMIN is indicated for the extended treatment of symptomatic venous thromboembolism (VTE) (proximal DVT and/or PE), to reduce the recurrence of VTE in adult patients with cancer. 1.5 Limitations of Use FRAGMIN is not indicated for the acute treatment of VTE.';
    expect(verdict(fragmin, 'acute venous thromboembolism').kind).toBe('limited');
    expect(verdict(fragmin, 'acute dvt').kind).not.toBe('covers');
    expect(verdict(fragmin, 'venous thromboembolism').kind).toBe('covers');
    for (const text of [
      'Migraine Propranolol is indicated for the prophylaxis of common migraine headache.',
      'Topiramate tablets are indicated for: Epilepsy: initial monotherapy for the treatment of partial-onset seizures in patients 2 years of age and older Preventive treatment of migraine in patients 12 years of age and older.',
      'Valsartan tablets are indicated to reduce the risk of hospitalization for heart failure in adult patients with heart failure (NYHA class II-IV).',
    ])
      expect(
        verdict(text, text.includes('heart failure') ? 'acute heart failure' : 'acute migraine')
          .kind,
      ).not.toBe('covers');
    expect(
      verdict(
        'Nitroglycerin sublingual tablets are indicated for the acute relief of an attack or acute prophylaxis of angina pectoris due to coronary artery disease.',
        'acute angina',
      ).kind,
    ).toBe('covers');
  });

  it('ends a limit that has no stop before the next item ("has not been demonstrated Pediatric patients ...")', () => {
    const v = verdict(
      'Palonosetron is indicated in adults for the prevention of postoperative vomiting for up to 24 hours following surgery. Efficacy beyond 24 hours has not been demonstrated Pediatric patients aged 1 month to less than 17 years for prevention of: acute nausea and vomiting associated with initial and repeat courses of emetogenic cancer chemotherapy.',
      'nausea',
    );
    expect(v.kind).toBe('covers');
  });

  it('does not cover an example of a risk of the drug ("the risk of toxicity (e.g., seizures)")', () => {
    expect(
      verdict(
        'Meperidine Hydrochloride Tablets are indicated for the management of pain severe enough to require an opioid analgesic. Use of Meperidine Hydrochloride Tablets for an extended period of time may increase the risk of toxicity (e.g., seizures) from the accumulation of the meperidine metabolite, normeperidine.',
        'seizures',
      ).kind,
    ).not.toBe('covers');
  });

  it('does not cover an early or severe course where the label names only a late one or starts treatment in a mild one', () => {
    expect(
      verdict(
        'Topotecan is indicated for treatment of: • Patients with Stage IV-B, recurrent, or persistent cervical cancer which is not amenable to curative treatment, in combination with cisplatin.',
        'early cervical cancer',
      ).kind,
    ).not.toBe('covers');
    const leqembi =
      'LEQEMBI is indicated for the treatment of Alzheimer’s disease. Treatment with LEQEMBI should be initiated in patients with mild cognitive impairment or mild dementia stage of disease, the population in which treatment was initiated in clinical trials.';
    expect(verdict(leqembi, "severe alzheimer's disease").kind).not.toBe('covers');
    expect(verdict(leqembi, "mild alzheimer's disease").kind).toBe('covers');
  });

  it('does not cover a recurrent cancer by a newly diagnosed one, psoriasis by psoriatic arthritis, or osteopenia by osteoporosis', () => {
    expect(
      verdict(
        'TEMOZOLOMIDE Capsules are an alkylating drug indicated for the treatment of adult patients with: Newly diagnosed glioblastoma concomitantly with radiotherapy and then as maintenance treatment.',
        'recurrent glioblastoma',
      ).kind,
    ).not.toBe('covers');
    expect(
      verdict(
        'ORENCIA is indicated for: • the treatment of patients 2 years of age and older with active psoriatic arthritis (PsA).',
        'psoriasis',
      ).kind,
    ).not.toBe('covers');
    expect(
      verdict(
        'EVENITY is a sclerostin inhibitor indicated for the treatment of osteoporosis in postmenopausal women at high risk for fracture.',
        'osteopenia',
      ).kind,
    ).not.toBe('covers');
  });

  it("quotes the treated symptom's item, not one where the condition is what another symptom belongs to", () => {
    const v = verdict(
      'OSPHENA is an estrogen agonist/antagonist indicated for: The treatment of moderate to severe dyspareunia, a symptom of vulvar and vaginal atrophy, due to menopause. The treatment of moderate to severe vaginal dryness, a symptom of vulvar and vaginal atrophy, due to menopause.',
      'vaginal dryness',
    );
    expect(v.kind === 'covers' && v.quote).toMatch(/vaginal dryness/);
  });

  it('reads intrahepatic cholangiocarcinoma as a liver cancer', () => {
    expect(
      verdict(
        'LYTGOBI is indicated for the treatment of adult patients with previously treated, unresectable, locally advanced or metastatic intrahepatic cholangiocarcinoma harboring fibroblast growth factor receptor 2 (FGFR2) gene fusions or other rearrangements.',
        'liver cancer',
      ).kind,
    ).toBe('covers');
  });

  it('reads hand eczema and erosive esophagitis as parts of eczema and esophagitis', () => {
    expect(
      verdict(
        'ANZUPGO is indicated for the topical treatment of moderate to severe chronic hand eczema (CHE) in adults who have had an inadequate response to, or for whom topical corticosteroids are not advisable.',
        'hand eczema',
      ).kind,
    ).toBe('covers');
    expect(
      verdict(
        'Hydrocortisone cream temporarily relieves itching associated with minor skin irritations and rashes due to eczema.',
        'hand eczema',
      ).kind,
    ).not.toBe('covers');
    expect(
      verdict(
        'VOQUEZNA is indicated for healing of all grades of erosive esophagitis and relief of heartburn associated with erosive esophagitis in adults.',
        'erosive esophagitis',
      ).kind,
    ).toBe('covers');
  });

  it('covers the disease whose symptom is treated, keeps a ductus open without treating it, and reads solid tumours as broader than a solid cancer', () => {
    expect(
      verdict(
        'Droxidopa capsules are indicated for the treatment of orthostatic dizziness, lightheadedness, or the “feeling that you are about to black out” in adult patients with symptomatic neurogenic orthostatic hypotension (nOH) caused by primary autonomic failure.',
        'orthostatic hypotension',
      ).kind,
    ).toBe('covers');
    expect(
      verdict(
        'Sterile Solution is indicated for palliative, not definitive, therapy to temporarily maintain the patency of the ductus arteriosus until corrective or palliative surgery can be performed in neonates who have congenital heart defects.',
        'patent ductus arteriosus',
      ).kind,
    ).not.toBe('covers');
    const rozlytrek =
      'ROZLYTREK is a kinase inhibitor indicated for the treatment of adult and pediatric patients older than 1 month of age with solid tumors that have a neurotrophic tyrosine receptor kinase (NTRK) gene fusion.';
    expect(verdict(rozlytrek, 'breast cancer').kind).toBe('silent');
    expect(verdict(rozlytrek, 'leukemia').kind).toBe('not-listed');
  });

  it('does not cover acute angina by chronic stable angina', () => {
    expect(
      verdict(
        'I. Stable Angina Nicardipine hydrochloride capsules are indicated for the management of patients with chronic stable angina (effort-associated angina).',
        'acute angina',
      ).kind,
    ).not.toBe('covers');
  });

  it('does not cover a treatment question by post-exposure prophylaxis', () => {
    const xocova =
      'XOCOVA is indicated for post-exposure prophylaxis of coronavirus disease 2019 (COVID-19) in adults and adolescents 12 years of age and older following contact with an individual who has COVID-19.';
    expect(verdict(xocova, 'covid-19 treatment').kind).not.toBe('covers');
    expect(verdict(xocova, 'covid-19').kind).toBe('covers');
  });

  it('reads the patients a list opens with as the hosts of a prevented infection, and PBC as no cirrhosis', () => {
    const synagis =
      'Synagis is indicated for the prevention of serious lower respiratory tract disease caused by respiratory syncytial virus (RSV) in pediatric patients: with a history of premature birth (less than or equal to 35 weeks gestational age) and who are 6 months of age or younger at the beginning of RSV season, with bronchopulmonary dysplasia (BPD) that required medical treatment within the previous 6 months, with hemodynamically significant congenital heart disease (CHD).';
    expect(verdict(synagis, 'bronchopulmonary dysplasia').kind).not.toBe('covers');
    expect(verdict(synagis, 'congenital heart disease').kind).not.toBe('covers');
    expect(
      verdict(
        'IQIRVO is indicated for the treatment of primary biliary cholangitis (PBC) in combination with ursodeoxycholic acid (UDCA) in adults who have had an inadequate response to UDCA.',
        'liver cirrhosis',
      ).kind,
    ).not.toBe('covers');
  });

  it('reads "carcinoma of the ovary" and its kin as older labels write them', () => {
    expect(
      verdict(
        'Paclitaxel Injection, USP is indicated as subsequent therapy for the treatment of advanced carcinoma of the ovary.',
        'ovarian cancer',
      ).kind,
    ).toBe('covers');
  });

  it('says nothing of what a section leaves out when it ends on a table openFDA dropped', () => {
    const penicillinG =
      'Therapy Penicillin G Potassium for Injection, USP is indicated in the treatment of serious infections caused by susceptible strains of the designated microorganisms in the conditions listed below. When culture and susceptibility information are available, they should be considered in selecting or modifying antibacterial therapy. Table';
    expect(verdict(penicillinG, 'syphilis').kind).toBe('silent');
    expect(verdict(penicillinG.replace(/ Table$/, ''), 'syphilis').kind).toBe('not-listed');
  });

  it('reads an organism as its infection, and a site word as none', () => {
    expect(vocabulary.resolve('cytomegalovirus')?.concepts.map((c) => c.name)).toEqual([
      'Cytomegalovirus Infections',
    ]);
    expect(vocabulary.resolve('candida')?.concepts.map((c) => c.name)).toEqual(['Candidiasis']);
    for (const site of ['chest', 'wound', 'sinus', 'pelvic'])
      expect(vocabulary.resolve(site)).toBeNull();
    expect(
      verdict(
        'Prevention of CMV disease in kidney, heart, and kidney-pancreas transplant patients at high risk.',
        'cytomegalovirus',
      ).kind,
    ).toBe('covers');
  });

  it('says nothing of an infection whose organism an anti-infective label names', () => {
    const cefazolin =
      'Cefazolin for Injection, USP is indicated for the treatment of the following serious infections when due to susceptible organisms. Respiratory Tract Infections: Due to S. pneumoniae, Klebsiella species, H. influenzae, S. aureus (penicillin-sensitive and penicillin-resistant), and group A beta-hemolytic streptococci. Bone and Joint Infections: Due to S. aureus.';
    expect(verdict(cefazolin, 'staph infection').kind).toBe('silent');
    expect(verdict(cefazolin, 'staphylococcus aureus').kind).toBe('silent');
    expect(verdict(cefazolin, 'pseudomonas').kind).toBe('not-listed');
  });

  it('reads c diff as the colitis, not every clostridial infection, and amebic dysentery as E. histolytica', () => {
    expect(verdict('As an adjunct in the treatment of tetanus.', 'c diff').kind).not.toBe('covers');
    expect(
      verdict(
        'ZINPLAVA is indicated to reduce recurrence of Clostridioides difficile infection (CDI) in adults and pediatric patients 1 year of age and older who are receiving antibacterial drug treatment for CDI and are at a high risk for CDI recurrence. Limitation of Use: ZINPLAVA is not indicated for the treatment of CDI.',
        'c diff',
      ).kind,
    ).toBe('covers');
    expect(
      verdict(
        'Amebiasis Metronidazole tablets are indicated in the treatment of acute intestinal amebiasis (amebic dysentery) and amebic liver abscess.',
        'entamoeba histolytica',
      ).kind,
    ).toBe('covers');
  });

  it('reads a coronavirus named for its syndrome as the virus, not the syndrome', () => {
    const veklury =
      'VEKLURY is a severe acute respiratory syndrome coronavirus 2 (SARS-CoV-2) nucleotide analog RNA polymerase inhibitor indicated for the treatment of coronavirus disease 2019 (COVID-19) in adults.';
    expect(verdict(veklury, 'sars').kind).not.toBe('covers');
    expect(verdict(veklury, 'covid-19').kind).toBe('covers');
  });

  it('reads newly diagnosed and relapsed disease in the item of a list that names it', () => {
    const thalomid =
      'THALOMID in combination with dexamethasone is indicated for the treatment of patients with newly diagnosed multiple myeloma (MM).';
    expect(verdict(thalomid, 'newly diagnosed multiple myeloma').kind).toBe('covers');
    expect(verdict(thalomid, 'relapsed multiple myeloma').kind).not.toBe('covers');
    const pomalidomide =
      'Pomalidomide capsules are indicated, in combination with dexamethasone, for patients with multiple myeloma (MM) who have received at least two prior therapies including lenalidomide and a proteasome inhibitor and have demonstrated disease progression on or within 60 days of completion of the last therapy.';
    expect(verdict(pomalidomide, 'newly diagnosed multiple myeloma').kind).not.toBe('covers');
    expect(verdict(pomalidomide, 'relapsed multiple myeloma').kind).toBe('covers');
    expect(
      verdict(
        'Letrozole tablets are indicated for adjuvant treatment of postmenopausal women with hormone receptor positive early breast cancer.',
        'recurrent breast cancer',
      ).kind,
    ).not.toBe('covers');
    // (the next item of the list is not this one's course)
    const docetaxel =
      'Non-small Cell Lung Cancer (NSCLC): single agent for locally advanced or metastatic NSCLC after platinum therapy failure; and with cisplatin for unresectable, locally advanced or metastatic untreated NSCLC.';
    expect(verdict(docetaxel, 'newly diagnosed lung cancer').kind).toBe('covers');
    expect(verdict(docetaxel, 'relapsed lung cancer').kind).toBe('covers');
    expect(
      verdict(
        'Hydroxyurea capsules are indicated for the treatment of: Resistant chronic myeloid leukemia.',
        'newly diagnosed cml',
      ).kind,
    ).not.toBe('covers');
  });

  it('reads the items of a numbered list after its colon, and a footnote apart from the last item', () => {
    const sulindac =
      'Sulindac is indicated for acute or long-term use in the relief of signs and symptoms of the following: 1. Osteoarthritis 2. Rheumatoid arthritis** 3. Ankylosing spondylitis 4. Acute painful shoulder (Acute subacromial bursitis/supraspinatus tendinitis) 5. Acute gouty arthritis **The safety and effectiveness of sulindac tablets USP have not been established in rheumatoid arthritis patients who are designated in the American Rheumatism Association classification as Functional Class IV.';
    const gout = verdict(sulindac, 'gout');
    expect(gout.kind).toBe('covers');
    expect(gout.kind === 'covers' && gout.quote).not.toMatch(/not been established/);
    expect(verdict(sulindac, 'osteoarthritis').kind).toBe('covers');
  });

  it('keeps CMML out of "cml" and hairy cell leukemia out of CLL', () => {
    expect(
      verdict(
        'INQOVI is indicated for treatment of adult patients with myelodysplastic syndromes (MDS), including previously treated and untreated, de novo and secondary MDS with the following French-American-British subtypes (refractory anemia, refractory anemia with ringed sideroblasts, refractory anemia with excess blasts, and chronic myelomonocytic leukemia [CMML]).',
        'cml',
      ).kind,
    ).not.toBe('covers');
    expect(
      verdict(
        'NIPENT is indicated as single-agent treatment for both untreated and alpha-interferon-refractory hairy cell leukemia patients with active disease.',
        'chronic lymphocytic leukemia',
      ).kind,
    ).not.toBe('covers');
  });

  it('reads wet AMD as the labels write it, and macular edema as no macular degeneration', () => {
    const nufymco =
      'NUFYMCO is indicated for the treatment of patients with: Neovascular (Wet) Age-Related Macular Degeneration (AMD) Macular Edema Following Retinal Vein Occlusion (RVO) Diabetic Macular Edema (DME)';
    expect(verdict(nufymco, 'wet amd').kind).toBe('covers');
    const edema = verdict(nufymco, 'age-related macular degeneration');
    expect(edema.kind === 'covers' && edema.named).toMatch(/Neovascular/);
    expect(
      verdict(
        'OZURDEX is indicated for the treatment of macular edema following branch retinal vein occlusion (BRVO) or central retinal vein occlusion (CRVO).',
        'macular degeneration',
      ).kind,
    ).not.toBe('covers');
  });

  it("does not read an attack as refractory disease, nor the course words of a disease's own name", () => {
    const sulindac =
      'Sulindac is indicated for acute or long-term use in the relief of signs and symptoms of the following: 1. Osteoarthritis 2. Rheumatoid arthritis 3. Acute gouty arthritis';
    expect(verdict(sulindac, 'refractory gout').kind).not.toBe('covers');
    expect(
      verdict(
        'KRYSTEXXA (pegloticase) is indicated for the treatment of chronic gout in adult patients refractory to conventional therapy.',
        'refractory gout',
      ).kind,
    ).toBe('covers');
    expect(
      verdict(
        'IDAMYCIN PFS is indicated for the treatment of adult patients with acute myeloid leukemia (AML) as a component of a combination chemotherapy regimen.',
        'refractory acute myeloid leukemia',
      ).kind,
    ).toBe('covers');
  });

  it("reads a patients' item after a full stop as the list's, a response that fell short as treatment before, and no data as no statement", () => {
    const nplate =
      'Nplate is indicated for the treatment of thrombocytopenia in: Adult patients with immune thrombocytopenia (ITP) who have had an insufficient response to corticosteroids, immunoglobulins, or splenectomy. Pediatric patients 1 year of age and older with ITP for at least 6 months who have had an insufficient response to corticosteroids, immunoglobulins, or splenectomy.';
    const children = verdict(nplate, 'itp in children');
    expect(children.kind === 'covers' && children.quote).toMatch(
      /indicated .* … Pediatric patients/,
    );
    expect(verdict(nplate, 'newly diagnosed itp').kind).not.toBe('covers');
    expect(verdict(nplate, 'refractory itp').kind).toBe('covers');
    const diacomit = verdict(
      'DIACOMIT is indicated for the treatment of seizures associated with Dravet syndrome (DS) in patients taking clobazam who are 6 months of age and older. There are no clinical data to support the use of DIACOMIT as monotherapy in Dravet syndrome.',
      'dravet syndrome',
    );
    expect(diacomit.kind === 'covers' && diacomit.quote).toMatch(/^DIACOMIT is indicated/);
  });

  it("reads a condition's heading over its patients' headings, the label's own course words, and a reason as no statement", () => {
    const pegasys =
      'PEGASYS is an inducer of the innate immune response indicated for the treatment of Chronic Hepatitis C (CHC) Adult Patients: In combination therapy with other hepatitis C virus drugs for adults with compensated liver disease. Pediatric Patients: In combination with ribavirin for pediatric patients 5 years of age and older with compensated liver disease Chronic Hepatitis B (CHB) Adult Patients: Treatment of adults with HBeAg-positive and HBeAg-negative chronic hepatitis B (CHB) infection who have compensated liver disease and evidence of viral replication and liver inflammation';
    const b = verdict(pegasys, 'hepatitis b');
    expect(b.kind === 'covers' && b.quote).toMatch(/^Chronic Hepatitis B \(CHB\) Adult Patients:/);
    expect(verdict(pegasys, 'acute hepatitis c').kind).not.toBe('covers');
    expect(verdict(pegasys, 'chronic hepatitis c').kind).toBe('covers');
    const carisoprodol = verdict(
      'Carisoprodol is indicated for the relief of discomfort associated with acute, painful musculoskeletal conditions in adults. Limitation of Use Carisoprodol should only be used for short periods (up to two or three weeks) because adequate evidence of effectiveness for more prolonged use has not been established and because acute, painful musculoskeletal conditions are generally of short duration.',
      'musculoskeletal pain',
    );
    expect(carisoprodol.kind === 'covers' && carisoprodol.quote).toMatch(
      /^Carisoprodol is indicated/,
    );
  });

  it("reads a course word of an entry term its concept's name lacks, what the patients manifest, and DO's tinea under MeSH's", () => {
    const estazolam =
      'Estazolam is indicated for the short-term management of insomnia characterized by difficulty in falling asleep, frequent nocturnal awakenings, and/or early morning awakenings.';
    expect(verdict(estazolam, 'chronic insomnia').kind).not.toBe('covers');
    expect(verdict(estazolam, 'insomnia').kind).toBe('covers');
    const cholbam = verdict(
      'CHOLBAM is a bile acid indicated for: • Adjunctive treatment of peroxisomal disorders (PDs) including Zellweger spectrum disorders in patients who exhibit manifestations of liver disease, steatorrhea or complications from decreased fat-soluble vitamin absorption.',
      'liver disease',
    );
    expect(cholbam.kind === 'covers' && cholbam.named).not.toMatch(/liver disease/i);
    const exelderm = verdict(
      "EXELDERM is a broad-spectrum antifungal agent indicated for the treatment of tinea cruris and tinea corporis caused by Trichophyton rubrum; and for the treatment of tinea versicolor. Effectiveness has not been proven in tinea pedis (athlete's foot).",
      'ringworm',
    );
    expect(exelderm.kind).toBe('covers');
  });

  it('reads "non-refractory" as no refractory disease, and "have not responded to" as treatment before', () => {
    const fludarabine =
      'Fludarabine Phosphate Injection is indicated for the treatment of adult patients with B-cell chronic lymphocytic leukemia (CLL) who have not responded to or whose disease has progressed during treatment with at least one standard alkylating-agent containing regimen. Benefit in treatment-naïve or non-refractory CLL patients is not established.';
    expect(verdict(fludarabine, 'refractory cll').kind).toBe('covers');
    expect(verdict(fludarabine, 'newly diagnosed cll').kind).not.toBe('covers');
  });

  it('reads the conditions before a list of purposes as their setting, and an unnecessary use as no statement', () => {
    const amiloride =
      'Amiloride HCl is indicated as adjunctive treatment with thiazide diuretics or other kaliuretic-diuretic agents in congestive heart failure or hypertension to: a. help restore normal serum potassium levels in patients who develop hypokalemia on the kaliuretic diuretic. b. prevent development of hypokalemia in patients who would be exposed to particular risk if hypokalemia were to develop. The use of potassium-conserving agents is often unnecessary in patients receiving diuretics for uncomplicated essential hypertension when such patients have a normal diet.';
    expect(verdict(amiloride, 'hypertension').kind).not.toBe('covers');
    expect(verdict(amiloride, 'heart failure').kind).not.toBe('covers');
    expect(verdict(amiloride, 'hypokalemia').kind).toBe('covers');
  });

  it('reads the bullet after a finished limitation with the lead-in of the item the limitation closes', () => {
    const xalkori =
      'XALKORI is a kinase inhibitor indicated for the treatment of • adult patients with metastatic non-small cell lung cancer (NSCLC) whose tumors are anaplastic lymphoma kinase (ALK) or ROS1-positive. • pediatric patients 1 year of age and older and young adults with relapsed or refractory, systemic anaplastic large cell lymphoma (ALCL) that is ALK-positive. o Limitations of Use: The safety and efficacy of XALKORI have not been established in older adults with relapsed or refractory, systemic ALK-positive ALCL. • adult and pediatric patients 1 year of age and older with unresectable, recurrent, or refractory inflammatory myofibroblastic tumor (IMT) that is ALK-positive.';
    expect(verdict(xalkori, 'inflammatory myofibroblastic tumor').kind).toBe('covers');
  });

  it("reads openFDA's spaced-out 'N o n- small' as no small cell lung cancer", () => {
    const docetaxel =
      'Docetaxel Injection is a microtubule inhibitor indicated for: Br e a st Cancer (BC): single agent for locally advanced or metastatic BC after chemotherapy failure N o n- small Cell Lung Cancer (NSCLC): single agent for locally advanced or metastatic NSCLC after platinum therapy failure';
    expect(verdict(docetaxel, 'small cell lung cancer').kind).not.toBe('covers');
  });

  it('reads "of mild to moderate severity" and "uncomplicated" as no severe disease', () => {
    const trilitas =
      'Trilitas gel, 0.1% is indicated for the topical treatment of mild to moderate facial acne vulgaris. 1.2 Acne Vulgaris Trilitas (tazarotene) gel, 0.1% is also indicated for the topical treatment of patients with facial acne vulgaris of mild to moderate severity.';
    expect(verdict(trilitas, 'severe acne').kind).not.toBe('covers');
    expect(verdict(trilitas, 'acne').kind).toBe('covers');
    // (nor "uncomplicated" any severe one)
    const rapivab =
      'RAPIVAB is indicated for the treatment of acute uncomplicated influenza in patients 6 months and older who have been symptomatic for no more than 2 days.';
    expect(verdict(rapivab, 'severe influenza').kind).not.toBe('covers');
    expect(verdict(rapivab, 'influenza').kind).toBe('covers');
  });

  it('reads a label that is no first treatment, or only for those who responded inadequately, as no new disease', () => {
    const felbamate =
      'Felbamate oral suspension, USP is not indicated as a first line antiepileptic treatment. Felbamate oral suspension is recommended for use only in those patients who respond inadequately to alternative treatments and whose epilepsy is so severe that a substantial risk of aplastic anemia and/or liver failure is deemed acceptable in light of the benefits conferred by its use. If these criteria are met and the patient has been fully advised of the risk, and has provided written acknowledgement, felbamate can be considered for either monotherapy or adjunctive therapy in the treatment of partial seizures, with and without generalization, in adults with epilepsy and as adjunctive therapy in the treatment of partial and generalized seizures associated with Lennox-Gastaut syndrome in children.';
    expect(verdict(felbamate, 'newly diagnosed epilepsy').kind).not.toBe('covers');
    expect(verdict(felbamate, 'epilepsy').kind).toBe('covers');
    const pimozide =
      'Pimozide tablets, USP are indicated for the suppression of motor and phonic tics in patients with Tourette’s Disorder who have failed to respond satisfactorily to standard treatment.';
    expect(verdict(pimozide, 'newly diagnosed tourette syndrome').kind).not.toBe('covers');
    expect(verdict(pimozide, 'tourette syndrome').kind).toBe('covers');
    expect(
      verdict(
        'Pimozide tablets are indicated for the suppression of motor and phonic tics in patients with Tourette’s Disorder. Pimozide tablets are not intended as a treatment of first choice.',
        'newly diagnosed tourette syndrome',
      ).kind,
    ).not.toBe('covers');
    // (either statement alone)
    expect(
      verdict(
        felbamate.replace('is not indicated as a first line', 'is an'),
        'newly diagnosed epilepsy',
      ).kind,
    ).not.toBe('covers');
  });

  it('reads patients at risk of their disease progressing as having it, not progression to a severe form', () => {
    const jynarque =
      'JYNARQUE is indicated to slow kidney function decline in adults at risk of rapidly progressing autosomal dominant polycystic kidney disease (ADPKD).';
    expect(verdict(jynarque, 'polycystic kidney disease').kind).toBe('covers');
    const paxlovid =
      'PAXLOVID is indicated for the treatment of mild-to-moderate COVID-19 in adults who are at high risk for progression to severe COVID-19, including hospitalization or death.';
    expect(verdict(paxlovid, 'severe covid-19').kind).not.toBe('covers');
    expect(
      verdict(paxlovid.replace('progression to', 'progressing to'), 'severe covid-19').kind,
    ).not.toBe('covers');
  });

  it('reads a limit on another form of the condition, which MeSH files under one heading, as no limit on the asked one', () => {
    const mitoxantrone =
      'Mitoxantrone injection is indicated for reducing neurologic disability and/or the frequency of clinical relapses in patients with secondary (chronic) progressive, progressive relapsing, or worsening relapsing-remitting multiple sclerosis. Mitoxantrone injection is not indicated in the treatment of patients with primary progressive multiple sclerosis.';
    expect(verdict(mitoxantrone, 'secondary progressive multiple sclerosis').kind).not.toBe(
      'limited',
    );
    expect(verdict(mitoxantrone, 'primary progressive multiple sclerosis').kind).toBe('limited');
    const ocrevus = 'OCREVUS is indicated for the treatment of: Primary progressive MS, in adults.';
    expect(verdict(ocrevus, 'secondary progressive multiple sclerosis').kind).not.toBe('covers');
    expect(verdict(ocrevus, 'primary progressive multiple sclerosis').kind).toBe('covers');
  });

  it('reads no condition name across the end of a sentence', () => {
    const grafapex =
      'GRAFAPEX is indicated for use in combination with fludarabine as a preparative regimen for allogeneic hematopoietic stem cell transplantation in adult and pediatric patients 1 year of age and older with myelodysplastic syndrome (MDS).. 1.1 Acute Myeloid Leukemia GRAFAPEX is indicated in combination with fludarabine as a preparative regimen for allogeneic hematopoietic stem cell transplantation in adult and pediatric patients 1 year of age and older with acute myeloid leukemia (AML).';
    // ("myelodysplastic syndrome acute myeloid leukemia" is an entry term of GATA2 deficiency)
    expect(verdict(grafapex, 'genetic disorder').kind).not.toBe('covers');
    expect(verdict(grafapex, 'acute myeloid leukemia').kind).toBe('covers');
    // (an initial's period is no end: "P. vivax malaria")
    expect(
      verdict('X is indicated for the radical cure of P. vivax malaria.', 'malaria').kind,
    ).toBe('covers');
  });

  it('reads a narrower condition as covering a course the question added only where the label names it', () => {
    const nyvepria =
      'NYVEPRIA is a leukocyte growth factor indicated to decrease the incidence of infection, as manifested by febrile neutropenia, in patients with non-myeloid malignancies receiving myelosuppressive anti-cancer drugs.';
    expect(verdict(nyvepria, 'severe chronic neutropenia').kind).not.toBe('covers');
    expect(verdict(nyvepria, 'chronic neutropenia').kind).not.toBe('covers');
    expect(verdict(nyvepria, 'neutropenia').kind).toBe('covers');
    // (the asked condition itself with no course named may still cover it)
    expect(
      verdict('X is indicated for the treatment of neutropenia.', 'chronic neutropenia').kind,
    ).toBe('covers');
  });

  it('reads "who have previously received" as treatment before', () => {
    const eribulin =
      'Eribulin mesylate injection is indicated for the treatment of patients with metastatic breast cancer who have previously received at least two chemotherapeutic regimens for the treatment of metastatic disease.';
    expect(verdict(eribulin, 'newly diagnosed breast cancer').kind).not.toBe('covers');
    expect(verdict(eribulin, 'breast cancer').kind).toBe('covers');
  });

  it('reads "insufficient therapeutic response to, or are intolerant of" as treatment before', () => {
    const ridaura =
      'RIDAURA (auranofin) is indicated in the management of adults with active classical or definite rheumatoid arthritis (ARA criteria) who have had an insufficient therapeutic response to, or are intolerant of, an adequate trial of full doses of one or more nonsteroidal anti-inflammatory drugs.';
    expect(verdict(ridaura, 'newly diagnosed rheumatoid arthritis').kind).not.toBe('covers');
    expect(verdict(ridaura, 'rheumatoid arthritis').kind).toBe('covers');
  });

  it('reads a condition the patients are on other therapy for as not treated, heading included', () => {
    const gemtesa =
      'GEMTESA is indicated for the treatment of overactive bladder (OAB) in adults. 1.2 Overactive Bladder in Adult Males with Benign Prostatic Hyperplasia (BPH) GEMTESA is indicated for the treatment of overactive bladder (OAB) with symptoms of urge urinary incontinence, urgency, and urinary frequency in adult males on pharmacological therapy for benign prostatic hyperplasia (BPH).';
    expect(verdict(gemtesa, 'benign prostatic hyperplasia').kind).not.toBe('covers');
    expect(verdict(gemtesa, 'overactive bladder').kind).toBe('covers');
    // (an add-on therapy is this drug's own: "add-on" holds no "on ... therapy for")
    expect(
      verdict(
        '1.2 Hypertension Spironolactone is indicated as add-on therapy for the treatment of hypertension, to lower blood pressure in patients who are not adequately controlled on other agents.',
        'hypertension',
      ).kind,
    ).toBe('covers');
  });

  it('reads complicated and uncomplicated as a course the label must not exclude', () => {
    const zemdri =
      'ZEMDRI is an aminoglycoside antibacterial indicated for the treatment of patients 18 years of age or older with Complicated Urinary Tract Infections (cUTI) including Pyelonephritis.';
    expect(verdict(zemdri, 'complicated urinary tract infection').kind).toBe('covers');
    expect(verdict(zemdri, 'uncomplicated urinary tract infection').kind).not.toBe('covers');
    const uncomplicated =
      'X is indicated for the treatment of uncomplicated urinary tract infections (acute cystitis) caused by susceptible strains of Escherichia coli.';
    expect(verdict(uncomplicated, 'uncomplicated urinary tract infection').kind).toBe('covers');
    expect(verdict(uncomplicated, 'complicated urinary tract infection').kind).not.toBe('covers');
  });

  it('reads "not adequately controlled on other drugs" as treatment before', () => {
    const tryvio =
      'TRYVIO, in combination with other antihypertensive drugs, is indicated for the treatment of hypertension, to lower blood pressure (BP) in adult patients who are not adequately controlled on other drugs.';
    expect(verdict(tryvio, 'newly diagnosed hypertension').kind).not.toBe('covers');
    expect(verdict(tryvio, 'hypertension').kind).toBe('covers');
  });

  it('reads "has no beneficial effect upon" as a limit', () => {
    const ethamolin =
      'Injection is indicated for the treatment of patients with esophageal varices that have recently bled, to prevent rebleeding. Sclerotherapy with ETHAMOLIN has no beneficial effect upon portal hypertension, the cause of esophageal varices.';
    expect(verdict(ethamolin, 'portal hypertension').kind).toBe('limited');
    expect(verdict(ethamolin, 'esophageal varices').kind).toBe('covers');
  });

  it('reads a limit on emergency treatment as a limit on an acute question', () => {
    const veltassa =
      'Veltassa is indicated for the treatment of hyperkalemia in adults and pediatric patients ages 12 years and older. Limitation of Use: Veltassa should not be used as an emergency treatment for life-threatening hyperkalemia because of its delayed onset of action.';
    expect(verdict(veltassa, 'acute hyperkalemia').kind).toBe('limited');
    expect(verdict(veltassa, 'hyperkalemia').kind).toBe('covers');
  });

  it('reads "non-metastatic" as no metastatic disease, even where the next item is metastatic', () => {
    const nubeqa =
      'NUBEQA is indicated for the treatment of adult patients with: non-metastatic castration resistant prostate cancer (nmCRPC) metastatic castration-sensitive prostate cancer (mCSPC) metastatic castration-sensitive prostate cancer (mCSPC) in combination with docetaxel.';
    expect(verdict(nubeqa, 'metastatic castration-resistant prostate cancer').kind).not.toBe(
      'covers',
    );
    expect(verdict(nubeqa, 'metastatic prostate cancer').kind).toBe('covers');
    expect(
      verdict(
        'NUBEQA is indicated for the treatment of adult patients with non-metastatic castration-resistant prostate cancer (nmCRPC).',
        'metastatic castration-resistant prostate cancer',
      ).kind,
    ).not.toBe('covers');
    // (adjuvant therapy after resection speaks of no metastatic disease)
    const ellence =
      'ELLENCE is indicated as a component of adjuvant therapy in patients with evidence of axillary node tumor involvement following resection of primary breast cancer.';
    expect(verdict(ellence, 'metastatic breast cancer').kind).not.toBe('covers');
    expect(verdict(ellence, 'breast cancer').kind).toBe('covers');
    const odomzo =
      'ODOMZO is indicated for the treatment of adult patients with locally advanced basal cell carcinoma (BCC) that has recurred following surgery or radiation therapy.';
    expect(verdict(odomzo, 'metastatic basal cell carcinoma').kind).not.toBe('covers');
    expect(
      verdict(
        'X is indicated for the treatment of patients with locally advanced or metastatic basal cell carcinoma.',
        'metastatic basal cell carcinoma',
      ).kind,
    ).toBe('covers');
    expect(
      verdict(
        'IXEMPRA is indicated in combination with capecitabine for the treatment of patients with metastatic or locally advanced breast cancer resistant to treatment with an anthracycline and a taxane.',
        'metastatic breast cancer',
      ).kind,
    ).toBe('covers');
    // (both courses named before it: "acute or chronic")
    expect(
      verdict('X is indicated for the relief of acute or chronic gout.', 'acute gout').kind,
    ).toBe('covers');
  });

  it('reads "who have received" an earlier therapy as treatment before', () => {
    const exemestane =
      'Exemestane is indicated for adjuvant treatment of postmenopausal women with estrogen-receptor positive early breast cancer who have received two to three years of tamoxifen and are switched to exemestane for completion of a total of five consecutive years of adjuvant hormonal therapy.';
    expect(verdict(exemestane, 'newly diagnosed breast cancer').kind).not.toBe('covers');
    expect(verdict(exemestane, 'early breast cancer').kind).toBe('covers');
  });

  it('reads a complicated or uncomplicated question as asking for treatment, in what the condition is included in', () => {
    const zemdri =
      'ZEMDRI is indicated for the treatment of patients 18 years of age or older with Complicated Urinary Tract Infections (cUTI) including Pyelonephritis.';
    expect(verdict(zemdri, 'uncomplicated pyelonephritis').kind).not.toBe('covers');
    expect(verdict(zemdri, 'pyelonephritis').kind).toBe('covers');
    const prophylaxis =
      'Doxycycline is indicated for the prophylaxis of malaria due to Plasmodium falciparum in short-term travelers.';
    expect(verdict(prophylaxis, 'uncomplicated malaria').kind).not.toBe('covers');
    const mild =
      'Mefloquine hydrochloride tablets are indicated for the treatment of mild to moderate acute malaria caused by mefloquine-susceptible strains of P. falciparum.';
    expect(verdict(mild, 'complicated malaria').kind).not.toBe('covers');
    expect(verdict(mild, 'uncomplicated malaria').kind).toBe('covers');
  });

  it('reads "who have not received prior systemic therapy" and a first remission as no treatment before or relapse', () => {
    const tecentriq =
      'Hepatocellular Carcinoma (HCC) in combination with bevacizumab for the treatment of adult patients with unresectable or metastatic HCC who have not received prior systemic therapy.';
    expect(verdict(tecentriq, 'newly diagnosed hepatocellular carcinoma').kind).toBe('covers');
    expect(verdict(tecentriq, 'recurrent hepatocellular carcinoma').kind).not.toBe('covers');
    // (nor does a first remission: no relapse)
    const onureg =
      'ONUREG is indicated for continued treatment of adult patients with acute myeloid leukemia who achieved first complete remission (CR) or complete remission with incomplete blood count recovery (CRi) following intensive induction chemotherapy and are not able to complete intensive curative therapy.';
    expect(verdict(onureg, 'relapsed acute myeloid leukemia').kind).not.toBe('covers');
    expect(verdict(onureg, 'acute myeloid leukemia').kind).toBe('covers');
    // (a relapse after a first-line treatment is still treatment before)
    expect(
      verdict(
        'X is indicated for the treatment of patients with multiple myeloma who have relapsed after first-line therapy.',
        'newly diagnosed multiple myeloma',
      ).kind,
    ).not.toBe('covers');
  });

  it('reads the patients whose harm from another drug is reduced as the host, not what is treated', () => {
    const ethyol =
      'ETHYOL is a cytoprotective agent indicated for: – reduction of cumulative renal toxicity associated with repeated administration of cisplatin in patients with advanced ovarian cancer.';
    expect(verdict(ethyol, 'ovarian cancer').kind).not.toBe('covers');
    expect(
      verdict(
        'X is indicated for the treatment of advanced ovarian cancer in patients with renal impairment.',
        'ovarian cancer',
      ).kind,
    ).toBe('covers');
  });

  it('reads "unresponsive to other forms of treatment" and "who have failed" as treatment before', () => {
    const uvadex =
      'UVADEX (methoxsalen) Sterile Solution is indicated for extracorporeal administration with the THERAKOS CELLEX Photopheresis System in the palliative treatment of the skin manifestations of Cutaneous T-Cell Lymphoma (CTCL) that is unresponsive to other forms of treatment.';
    expect(verdict(uvadex, 'newly diagnosed cutaneous t-cell lymphoma').kind).not.toBe('covers');
    expect(verdict(uvadex, 'cutaneous t-cell lymphoma').kind).toBe('covers');
    expect(
      verdict(
        'TYMLOS is indicated for the treatment of postmenopausal women with osteoporosis at high risk for fracture or patients who have failed or are intolerant to other available osteoporosis therapy.',
        'newly diagnosed osteoporosis',
      ).kind,
    ).not.toBe('covers');
    // (nor for patients kept on it: "stable Wilson's disease who are de-coppered and tolerant to
    // penicillamine")
    const cuvrior =
      "CUVRIOR is indicated for the treatment of adult patients with stable Wilson's disease who are de-coppered and tolerant to penicillamine.";
    expect(verdict(cuvrior, "newly diagnosed wilson's disease").kind).not.toBe('covers');
    expect(verdict(cuvrior, "wilson's disease").kind).toBe('covers');
    // (nor where surgery "has not been curative")
    const isturisa =
      "ISTURISA is indicated for the treatment of endogenous hypercortisolemia in adults with Cushing's syndrome for whom surgery is not an option or has not been curative.";
    expect(verdict(isturisa, "newly diagnosed cushing's syndrome").kind).not.toBe('covers');
    expect(verdict(isturisa, "cushing's syndrome").kind).toBe('covers');
    // (nor for patients already on levodopa)
    const xadago =
      'XADAGO is indicated as adjunctive treatment to levodopa/carbidopa in patients with Parkinson\'s disease (PD) experiencing "off" episodes.';
    expect(verdict(xadago, "newly diagnosed parkinson's disease").kind).not.toBe('covers');
    expect(verdict(xadago, "parkinson's disease").kind).toBe('covers');
  });

  it('reads a cancer unresponsive to an earlier treatment as treated before', () => {
    const anktiva =
      'ANKTIVA in combination with Bacillus Calmette-Guérin (BCG) is indicated for the treatment of adult patients with BCG-unresponsive nonmuscle invasive bladder cancer (NMIBC) with carcinoma in situ (CIS) with or without papillary tumors.';
    expect(verdict(anktiva, 'newly diagnosed bladder cancer').kind).not.toBe('covers');
    expect(verdict(anktiva, 'bladder cancer').kind).toBe('covers');
  });

  it('reads the drugs an overdose is of as no condition treated', () => {
    const protopam =
      'PROTOPAM Chloride is indicated as an antidote: in the treatment of poisoning due to those pesticides and chemicals (e.g., nerve agents) of the organophosphate class which have anticholinesterase activity and in the control of overdosage by anticholinesterase drugs used in the treatment of myasthenia gravis.';
    expect(verdict(protopam, 'myasthenia gravis').kind).not.toBe('covers');
  });

  it('reads an episodic form as no chronic one', () => {
    const ajovy =
      'AJOVY is indicated for: the preventive treatment of migraine in adults, and the preventive treatment of episodic migraine in pediatric patients who are 6 to 17 years of age and who weigh 45 kg or more.';
    expect(verdict(ajovy, 'chronic migraine in children').kind).not.toBe('covers');
    expect(verdict(ajovy, 'migraine in children').kind).toBe('covers');
  });

  it('reads what accompanies the treated condition as no condition treated', () => {
    const amoxapine =
      'Amoxapine is indicated for the relief of symptoms of depression in patients with neurotic or reactive depressive disorders as well as endogenous and psychotic depressions. It is indicated for depression accompanied by anxiety or agitation.';
    expect(verdict(amoxapine, 'anxiety').kind).not.toBe('covers');
    expect(verdict(amoxapine, 'depression').kind).toBe('covers');
  });

  it('reads a broader condition named with "disorder" for "disease" as broader', () => {
    const salsalate =
      'Salsalate is indicated for relief of the signs and symptoms of rheumatoid arthritis, osteoarthritis and related rheumatic disorder.';
    expect(verdict(salsalate, 'gout').kind).not.toBe('not-listed');
    expect(verdict(salsalate, 'rheumatoid arthritis').kind).toBe('covers');
  });

  it('reads a population named before a long parenthesis as named for the condition', () => {
    const lampit =
      'LAMPIT is indicated in pediatric patients (birth to less than 18 years of age and weighing at least 2.5 kg) for the treatment of Chagas disease (American Trypanosomiasis) caused by Trypanosoma cruzi.';
    expect(verdict(lampit, 'chagas disease in children').kind).toBe('covers');
    expect(verdict(lampit, 'chagas disease in adults').kind).not.toBe('covers');
  });

  it('reads a rise of eye pressure as the condition named otherwise', () => {
    // (apraclonidine 1%, echothiophate, mannitol: no "does not list" beside "elevated IOP")
    const iopidine =
      '1% Ophthalmic Solution is indicated to control or prevent post-surgical elevations in IOP that occur in patients after argon laser trabeculoplasty, argon laser iridotomy or Nd:YAG posterior capsulotomy.';
    expect(verdict(iopidine, 'ocular hypertension').kind).not.toBe('not-listed');
    expect(verdict(iopidine, 'glaucoma').kind).not.toBe('not-listed');
    const osmitrol =
      'OSMITROL is indicated for: • The reduction of intracranial pressure and treatment of cerebral edema; • The reduction of elevated intraocular pressure.';
    expect(verdict(osmitrol, 'glaucoma').kind).not.toBe('not-listed');
    expect(verdict(osmitrol, 'hypertension').kind).toBe('not-listed');
  });

  it('reads an early stage named as no advanced disease', () => {
    const valchlor =
      'VALCHLOR is indicated for the topical treatment of Stage IA and IB mycosis fungoides-type cutaneous T-cell lymphoma in patients who have received prior skin-directed therapy.';
    expect(verdict(valchlor, 'advanced mycosis fungoides').kind).not.toBe('covers');
    expect(verdict(valchlor, 'mycosis fungoides').kind).toBe('covers');
    // (nor an adjuvant statement: the quote is the metastatic one)
    const tecentriq =
      '1.1 Non-Small Cell Lung Cancer TECENTRIQ, as a single-agent, is indicated as adjuvant treatment following resection and platinum-based chemotherapy for adult patients with stage II to IIIA non-small cell lung cancer (NSCLC). TECENTRIQ, as a single agent, is indicated for the first-line treatment of adult patients with metastatic non-small cell lung cancer (NSCLC).';
    const v = verdict(tecentriq, 'advanced non-small cell lung cancer');
    expect(v.kind === 'covers' && v.quote).toMatch(/metastatic/);
    // (a late stage still covers it)
    expect(
      verdict(
        'X is indicated for the treatment of patients with Stage III or IV melanoma.',
        'advanced melanoma',
      ).kind,
    ).toBe('covers');
  });

  it('reads a lettered or numbered form the vocabulary lumps in as one form of the disease', () => {
    // (MeSH gives "morquio b syndrome" as an entry term of Mucopolysaccharidosis IV)
    const vimizim =
      'VIMIZIM (elosulfase alfa) is indicated for patients with Mucopolysaccharidosis type IVA (MPS IVA; Morquio A syndrome).';
    expect(verdict(vimizim, 'morquio b syndrome').kind).not.toBe('covers');
    expect(verdict(vimizim, 'morquio syndrome').kind).toBe('covers');
    const cerezyme =
      'CEREZYME is indicated for the treatment of non-central nervous system (CNS) manifestations of Type 1 or Type 3 Gaucher disease in adults and pediatric patients.';
    expect(verdict(cerezyme, 'gaucher disease type 1').kind).toBe('covers');
    expect(verdict(cerezyme, 'gaucher disease type 2').kind).not.toBe('covers');
  });

  it('reads castration-sensitive prostate cancer as a part of prostate cancer', () => {
    const erleada =
      'ERLEADA is indicated for the treatment of patients with Metastatic castration-sensitive prostate cancer (mCSPC) Non-metastatic castration-resistant prostate cancer (nmCRPC)';
    const jevtana =
      'JEVTANA is indicated in combination with prednisone for the treatment of adult patients with metastatic castration-resistant prostate cancer previously treated with a docetaxel-containing treatment regimen.';
    expect(verdict(erleada, 'castration-sensitive prostate cancer').kind).toBe('covers');
    expect(verdict(jevtana, 'castration-sensitive prostate cancer').kind).not.toBe('covers');
    expect(verdict(jevtana, 'prostate cancer').kind).toBe('covers');
  });

  it('reads the names labels give rare metabolic diseases', () => {
    const xenpozyme =
      'XENPOZYME is indicated for treatment of non–central nervous system manifestations of acid sphingomyelinase deficiency (ASMD) in adult and pediatric patients.';
    expect(verdict(xenpozyme, 'acid sphingomyelinase deficiency').kind).toBe('covers');
    const fludrocortisone =
      "Fludrocortisone acetate tablets, 0.1 mg are indicated as partial replacement therapy for primary and secondary adrenocortical insufficiency in Addison's disease and for the treatment of salt-losing adrenogenital syndrome.";
    expect(verdict(fludrocortisone, 'congenital adrenal hyperplasia').kind).toBe('covers');
    expect(verdict(fludrocortisone, 'salt-losing adrenogenital syndrome').kind).toBe('covers');
  });

  it('reads a condition named in brackets as what another came after as no condition treated', () => {
    const inrebic =
      'INREBIC is indicated for the treatment of adult patients with intermediate-2 or high-risk primary or secondary (post-polycythemia vera or post-essential thrombocythemia) myelofibrosis (MF).';
    expect(verdict(inrebic, 'polycythemia vera').kind).not.toBe('covers');
    expect(verdict(inrebic, 'essential thrombocythemia').kind).not.toBe('covers');
    expect(verdict(inrebic, 'myelofibrosis').kind).toBe('covers');
    // (the patients' infarction is still the scope of a heart failure item after it)
    expect(
      verdict(
        '1.1 Heart Failure Post-Myocardial Infarction INSPRA is indicated to improve survival of stable patients with symptomatic heart failure with reduced ejection fraction after an acute myocardial infarction.',
        'myocardial infarction',
      ).kind,
    ).toBe('covers');
  });

  it('reads a severity named before "manifestations of" the condition', () => {
    const clemastine =
      'It should be noted that clemastine is indicated for the relief of mild uncomplicated allergic skin manifestations of urticaria and angioedema at the 2 mg dosage level only.';
    expect(verdict(clemastine, 'severe urticaria').kind).not.toBe('covers');
    expect(verdict(clemastine, 'urticaria').kind).toBe('covers');
  });

  it('reads a reduction of blood pressure as hypertension named otherwise', () => {
    const cleviprex =
      'Cleviprex is indicated for the reduction of blood pressure when oral therapy is not feasible or not desirable.';
    expect(verdict(cleviprex, 'hypertension').kind).not.toBe('not-listed');
    expect(verdict(cleviprex, 'pulmonary hypertension').kind).toBe('not-listed');
  });

  it('reads a step of infertility treatment as infertility named otherwise', () => {
    const ganirelix =
      'Ganirelix Acetate Injection is indicated for the inhibition of premature LH surges in women undergoing controlled ovarian hyperstimulation.';
    expect(verdict(ganirelix, 'infertility').kind).not.toBe('not-listed');
    expect(verdict(ganirelix, 'prostate cancer').kind).toBe('not-listed');
  });

  it('reads the burns an infection is treated in as the host, and shock named by its hypotension', () => {
    const ssd =
      'Silver sulfadiazine cream, USP 1% is a topical antimicrobial drug indicated as an adjunct for the prevention and treatment of wound sepsis in patients with second and third degree burns.';
    expect(verdict(ssd, 'burns').kind).not.toBe('covers');
    const levophed =
      'Norepinephrine Bitartrate Injection, USP is indicated to raise blood pressure in adult patients with severe, acute hypotension.';
    expect(verdict(levophed, 'septic shock').kind).not.toBe('not-listed');
    expect(verdict(levophed, 'hypotension').kind).toBe('covers');
  });

  it('reads local anesthesia as pain named otherwise, not general anesthesia', () => {
    const iheezo = 'IHEEZO is indicated for ocular surface anesthesia.';
    expect(verdict(iheezo, 'pain').kind).not.toBe('not-listed');
    expect(verdict('DIPRIVAN is indicated for induction of general anesthesia.', 'pain').kind).toBe(
      'not-listed',
    );
  });

  it('reads underarm wetness as sweating named otherwise', () => {
    expect(verdict('Uses • reduces underarm wetness', 'hyperhidrosis').kind).not.toBe('not-listed');
    expect(verdict('Uses • reduces underarm wetness', 'acne').kind).toBe('not-listed');
  });

  it('reads treatment-experienced patients as treated before', () => {
    const etravirine =
      'Etravirine tablets, in combination with other antiretroviral agents, are indicated for the treatment of human immunodeficiency virus type 1 (HIV-1) infection in antiretroviral treatment-experienced adult patients and pediatric patients 2 years of age and older.';
    expect(verdict(etravirine, 'newly diagnosed hiv').kind).not.toBe('covers');
    expect(verdict(etravirine, 'hiv').kind).toBe('covers');
  });

  it('reads the curated names of session 24', () => {
    // (Lambert-Eaton myasthenic syndrome is no myasthenia gravis, MeSH's filing aside)
    const firdapse =
      'FIRDAPSE is indicated for the treatment of Lambert-Eaton myasthenic syndrome (LEMS) in adults and pediatric patients 6 years of age and older.';
    expect(verdict(firdapse, 'myasthenia gravis').kind).not.toBe('covers');
    const oasis =
      'Uses For the temporary relief of burning and irritation due to dryness of the eye';
    expect(verdict(oasis, 'dry eyes').kind).toBe('covers');
    const camzyos =
      'CAMZYOS is indicated for the treatment of adults with symptomatic New York Heart Association (NYHA) class II-III obstructive hypertrophic cardiomyopathy (HCM) to improve functional capacity and symptoms.';
    expect(verdict(camzyos, 'obstructive hypertrophic cardiomyopathy').kind).toBe('covers');
    // (progressive pulmonary fibrosis is a part: an idiopathic pulmonary fibrosis label does not
    // cover it)
    const jascayd =
      'JASCAYD is indicated for the treatment of progressive pulmonary fibrosis (PPF) in adult patients.';
    const esbriet =
      'ESBRIET is indicated for the treatment of idiopathic pulmonary fibrosis (IPF).';
    expect(verdict(jascayd, 'progressive pulmonary fibrosis').kind).toBe('covers');
    expect(verdict(esbriet, 'progressive pulmonary fibrosis').kind).not.toBe('covers');
    // (an OTC sleep aid's words for insomnia; Sjögren's syndrome is no dry eye, MeSH's filing aside)
    expect(verdict('Use helps to reduce difficulty in falling asleep', 'insomnia').kind).toBe(
      'covers',
    );
    const evoxac =
      'Cevimeline is indicated for the treatment of symptoms of dry mouth in patients with Sjögren’s Syndrome.';
    expect(verdict(evoxac, 'dry eyes').kind).not.toBe('covers');
    expect(verdict(evoxac, 'dry mouth').kind).toBe('covers');
  });

  it('reads the wordings of session 25', () => {
    // (every item of a limit's list is limited, where openFDA dropped the bullets between items)
    const orlynvah =
      'ORLYNVAH is indicated for the treatment of uncomplicated urinary tract infections (uUTI) caused by the designated microorganisms Escherichia coli in adult women who have limited or no alternative oral antibacterial treatment options. Limitations of Use ORLYNVAH is not indicated for the treatment of: Complicated urinary tract infections (cUTI) or as step-down treatment after intravenous antibacterial treatment of cUTI. Complicated intra-abdominal infections (cIAI) or as step-down treatment after intravenous antibacterial treatment of cIAI.';
    expect(verdict(orlynvah, 'intra-abdominal infection').kind).toBe('limited');
    // (a condition the patients develop on another drug, or must not develop, is not treated)
    const maxzide =
      'Triamterene and hydrochlorothiazide tablets are indicated for the treatment of hypertension or edema in patients who develop hypokalemia on hydrochlorothiazide alone. Triamterene and hydrochlorothiazide is also indicated for those patients who require a thiazide diuretic and in whom the development of hypokalemia cannot be risked.';
    expect(verdict(maxzide, 'hypokalemia').kind).not.toBe('covers');
    expect(verdict(maxzide, 'edema').kind).toBe('covers');
    const midamor =
      'Amiloride HCl is indicated as adjunctive treatment with thiazide diuretics in congestive heart failure or hypertension to: a. help restore normal serum potassium levels in patients who develop hypokalemia on the kaliuretic diuretic.';
    expect(verdict(midamor, 'hypokalemia').kind).toBe('covers');
    // (a severity in brackets sets the condition apart from a severe one; a community-acquired
    // pneumonia is a narrower pneumonia, which answers a severe question only where it says so)
    const zosyn =
      'indicated for the treatment of: • Nosocomial pneumonia in adult and pediatric patients • Community-acquired pneumonia in adults. 1.5 Community-acquired Pneumonia Piperacillin and tazobactam for injection is indicated in adults for the treatment of community-acquired pneumonia (moderate severity only) caused by beta-lactamase producing isolates of Haemophilus influenzae.';
    expect(verdict(zosyn, 'community-acquired pneumonia').kind).toBe('covers');
    expect(verdict(zosyn, 'severe community-acquired pneumonia').kind).not.toBe('covers');
    const nuzyra =
      'NUZYRA is a tetracycline class antibacterial indicated for the treatment of adult patients with the following infections caused by susceptible microorganisms: Community-acquired bacterial pneumonia (CABP) Acute bacterial skin and skin structure infections (ABSSSI)';
    expect(verdict(nuzyra, 'pneumonia').kind).toBe('covers');
    expect(verdict(nuzyra, 'severe pneumonia').kind).not.toBe('covers');
    // (a bracketed other name inside a condition's name; evidence that does not reach recurrent
    // use speaks of no chronic condition)
    const fioricet =
      'Butalbital, acetaminophen and caffeine tablets are indicated for the relief of the symptom complex of tension (or muscle contraction) headache. Evidence supporting the efficacy and safety of this combination product in the treatment of multiple recurrent headaches is unavailable.';
    expect(verdict(fioricet, 'tension headache').kind).toBe('covers');
    expect(verdict(fioricet, 'chronic tension headache').kind).not.toBe('covers');
    // (a drug's class named for the virus is no indication; "have previously been treated" is
    // treated before)
    const vosevi =
      'VOSEVI is a fixed-dose combination of sofosbuvir, a hepatitis C virus (HCV) nucleotide analog NS5B polymerase inhibitor, velpatasvir, an HCV NS5A inhibitor, and voxilaprevir, an HCV NS3/4A protease inhibitor, and is indicated for the treatment of adult patients with chronic hepatitis C virus (HCV) infection without cirrhosis or with compensated cirrhosis (Child-Pugh A) who have: genotype 1, 2, 3, 4, 5, or 6 infection and have previously been treated with an HCV regimen containing an NS5A inhibitor.';
    expect(verdict(vosevi, 'hepatitis c').kind).toBe('covers');
    expect(verdict(vosevi, 'newly diagnosed hepatitis c').kind).not.toBe('covers');
    const sovaldiClass =
      'Sofosbuvir is a hepatitis C virus (HCV) nucleotide analog NS5B polymerase inhibitor. Not for use in patients with hepatitis B.';
    expect(verdict(sovaldiClass, 'hepatitis c').kind).not.toBe('covers');
    // (a list's opener names the severity of its items)
    const heatPatch =
      'Use ■ temporarily relieves minor pain associated with: ■ arthritis ■ simple backache ■ bursitis ■ tendonitis ■ muscle strains ■ sprains';
    expect(verdict(heatPatch, 'back pain').kind).toBe('covers');
    expect(verdict(heatPatch, 'severe back pain').kind).not.toBe('covers');
  });

  it('reads the wordings of session 26', () => {
    // (a heading over a run of bullets, after a colon's list has ended, introduces its items)
    const lynparza =
      'Lynparza is a poly (ADP-ribose) polymerase (PARP) inhibitor indicated: Ovarian cancer • in combination with bevacizumab for the maintenance treatment of adult patients with advanced epithelial ovarian, fallopian tube or primary peritoneal cancer who are in complete or partial response to first-line platinum-based chemotherapy and whose cancer is associated with homologous recombination deficiency (HRD)-positive status defined by either: • a deleterious or suspected deleterious BRCA mutation, and/or • genomic instability. Select patients for therapy based on an FDA-approved companion diagnostic for Lynparza. Breast cancer • for the adjuvant treatment of adult patients with gBRCAm HER2-negative high risk early breast cancer. Select patients for therapy based on an FDA-approved companion diagnostic for Lynparza. • for the treatment of adult patients with gBRCAm, HER2-negative metastatic breast cancer who have been treated with chemotherapy.';
    const metastatic = verdict(lynparza, 'metastatic breast cancer');
    expect(metastatic.kind).toBe('covers');
    expect(metastatic.kind === 'covers' && metastatic.quote).toMatch(/^Breast cancer … for the/);
    // (an item of a list whose head word comes once, after the last item, is named with it)
    const fallopian = verdict(lynparza, 'fallopian tube cancer');
    expect(fallopian.kind).toBe('covers');
    expect(fallopian.kind === 'covers' && fallopian.named).toBe('fallopian tube cancer');
    expect(verdict(lynparza, 'primary peritoneal cancer').kind).toBe('covers');
    // (silent before session 26, when only "focal epileptic seizures" was read)
    const mysoline =
      'Primidone tablets, used alone or concomitantly with other anticonvulsants, are indicated in the control of grand mal, psychomotor, and focal epileptic seizures.';
    const epilepsy = verdict(mysoline, 'epilepsy');
    expect(epilepsy.kind === 'covers' && epilepsy.named).toBe('grand mal seizures');
    // (not a word of another phrase: "cirrhosis of the liver, and renal disease", "infections in
    // skin and infections in abdomen", "high, sustained serum levels ... sodium or potassium")
    const lasix =
      'Furosemide is indicated for the treatment of edema associated with congestive heart failure, cirrhosis of the liver, and renal disease, including the nephrotic syndrome.';
    // (covered all the same, by the cirrhosis it names)
    const liver = verdict(lasix, 'liver disease');
    expect(liver.kind === 'covers' && liver.named).toMatch(/cirrhosis/i);
    const vfend =
      'VFEND is indicated for the treatment of candidemia in non-neutropenic patients and the following Candida infections: disseminated infections in skin and infections in abdomen, kidney, bladder wall, and wounds.';
    expect(verdict(vfend, 'skin infection').kind).not.toBe('covers');
    const bicillin =
      'When high, sustained serum levels are required, penicillin G sodium or potassium, either IM or IV, should be used.';
    expect(verdict(bicillin, 'hyperkalemia').kind).not.toBe('covers');
    // (a bracket that points to the other side of the leaflet states nothing there)
    const synarel =
      'FOR CENTRAL PRECOCIOUS PUBERTY (For Endometriosis, See Reverse Side ) SYNAREL is indicated for treatment of central precocious puberty (CPP) in children of both sexes. INDICATIONS AND USAGE FOR ENDOMETRIOSIS (For Central Precocious Puberty, See Reverse Side ) SYNAREL is indicated for management of endometriosis, including pain relief and reduction of endometriotic lesions.';
    const endometriosis = verdict(synarel, 'endometriosis');
    expect(endometriosis.kind === 'covers' && endometriosis.quote).toMatch(
      /indicated for management of endometriosis/,
    );
    // (urothelial carcinoma is mostly, not only, a bladder cancer: neither covered nor left out)
    const balversa =
      'BALVERSA is a kinase inhibitor indicated for the treatment of adult patients with locally advanced or metastatic urothelial carcinoma (mUC) with susceptible FGFR3 genetic alterations whose disease has progressed on or after at least one line of prior systemic therapy.';
    expect(verdict(balversa, 'urothelial carcinoma').kind).toBe('covers');
    expect(verdict(balversa, 'bladder cancer').kind).toBe('silent');
    expect(verdict(balversa, 'breast cancer').kind).toBe('not-listed');
    // (what a test or an image looks for is no indication; a setting of procedures is no test, and
    // an image that has shown a disease is none either)
    const axumin =
      'Axumin is indicated for positron emission tomography (PET) in men with suspected prostate cancer recurrence based on elevated blood prostate specific antigen (PSA) levels following prior treatment.';
    expect(verdict(axumin, 'prostate cancer').kind).toBe('silent');
    const macrilen =
      'MACRILEN is indicated for the diagnosis of adult growth hormone deficiency (AGHD).';
    expect(verdict(macrilen, 'growth hormone deficiency').kind).toBe('silent');
    const gleolan =
      'Gleolan is indicated in patients with glioma (suspected World Health Organization Grades III or IV on preoperative imaging) as an adjunct for the visualization of malignant tissue during surgery.';
    expect(verdict(gleolan, 'glioma').kind).toBe('silent');
    const gadavist =
      'GADAVIST is indicated for: Cardiac MRI (CMRI) to assess myocardial perfusion (stress, rest) and late gadolinium enhancement in adult patients with known or suspected coronary artery disease (CAD)';
    expect(verdict(gadavist, 'coronary artery disease').kind).toBe('silent');
    const norvasc =
      'Amlodipine besylate tablets are indicated for the treatment of Angiographically Documented Coronary Artery Disease in patients without heart failure or an ejection fraction < 40%.';
    expect(verdict(norvasc, 'coronary artery disease').kind).toBe('covers');
    const byAngiography =
      'In patients with recently documented CAD by angiography and without heart failure or an ejection fraction <40%, amlodipine besylate tablets are indicated to reduce the risk of hospitalization for angina.';
    const angina = verdict(byAngiography, 'angina');
    expect(angina.kind === 'covers' && angina.named).toBe('angina');
    const romazicon =
      'Flumazenil Injection, USP is indicated for the complete or partial reversal of the sedative effects of benzodiazepines in cases where general anesthesia has been induced and/or maintained with benzodiazepines, where sedation has been produced with benzodiazepines for diagnostic and therapeutic procedures, and for the management of benzodiazepine overdose.';
    expect(verdict(romazicon, 'drug overdose').kind).toBe('covers');
    const inapsine =
      'Droperidol Injection is indicated to reduce the incidence of nausea and vomiting associated with surgical and diagnostic procedures.';
    expect(verdict(inapsine, 'vomiting').kind).toBe('covers');
    // (a severity on the class of conditions a sentence lists its items in sets them apart)
    const depoMedrol =
      'Allergic States: Control of severe or incapacitating allergic conditions intractable to adequate trials of conventional treatment in asthma, atopic dermatitis, contact dermatitis, drug hypersensitivity reactions, serum sickness, transfusion reactions. Dermatologic Diseases: Bullous dermatitis herpetiformis, pemphigus. Endocrine Disorders: congenital adrenal hyperplasia.';
    expect(verdict(depoMedrol, 'asthma').kind).toBe('covers');
    expect(verdict(depoMedrol, 'mild asthma').kind).not.toBe('covers');
    const exem =
      'ExEm Foam is indicated for sonohysterosalpingography to assess fallopian tube patency in women with known or suspected infertility.';
    expect(verdict(exem, 'infertility').kind).toBe('silent');
    // ("extrapyramidal symptoms" are a drug's movement side effects, not Parkinson's disease)
    const mirapex =
      "Pramipexole dihydrochloride tablets are indicated for the treatment of Parkinson's disease.";
    expect(verdict(mirapex, 'extrapyramidal symptoms').kind).toBe('not-listed');
    const symmetrel =
      'Amantadine hydrochloride capsules are also indicated in the treatment of parkinsonism and drug-induced extrapyramidal reactions.';
    expect(verdict(symmetrel, 'extrapyramidal symptoms').kind).toBe('covers');
    // ("or other infection" names any infection)
    const indium =
      'Indium In 111 oxyquinoline labeled leukocytes may be used as an adjunct in the detection of inflammatory processes to which leukocytes migrate, such as those associated with abscesses or other infection, following reinjection and detection by appropriate imaging procedures.';
    expect(verdict(indium, 'osteomyelitis').kind).toBe('silent');
  });

  it('still says "does not list" when the condition is absent in every form', () => {
    expect(
      verdict(
        'Clonidine hydrochloride tablets are indicated in the treatment of hypertension.',
        'atrial fibrillation',
      ).kind,
    ).toBe('not-listed');
  });

  it('reads the wordings of session 27', () => {
    // (an item of a list a colon opened is quoted with that opener, not with the statement that
    // follows it)
    const crestor =
      'Rosuvastatin tablets are indicated to reduce LDL-C in adults with primary hyperlipidemia. As an adjunct to diet for the treatment of adults with: Primary dysbetalipoproteinemia. Hypertriglyceridemia. Rosuvastatin tablet is an HMG Co-A reductase inhibitor (statin) indicated: To reduce the risk of major adverse cardiovascular (CV) events in adults without established coronary heart disease.';
    const triglycerides = verdict(crestor, 'hypertriglyceridemia');
    expect(triglycerides.kind === 'covers' && triglycerides.quote).toBe(
      'As an adjunct to diet for the treatment of adults with: … Hypertriglyceridemia.',
    );
    // (mania is an episode: a maintenance indication that delays it does not treat it, and a
    // limit on acute manic episodes is read)
    const lamictal =
      'Lamotrigine tablets are indicated for the maintenance treatment of bipolar I disorder to delay the time to occurrence of mood episodes (depression, mania, hypomania, mixed episodes) in patients treated for acute mood episodes with standard therapy. Limitations of Use: Treatment of acute manic or mixed episodes is not recommended. Effectiveness of lamotrigine in the acute treatment of mood episodes has not been established.';
    expect(verdict(lamictal, 'mania').kind).not.toBe('covers');
    expect(verdict(lamictal, 'bipolar depression').kind).not.toBe('covers');
    expect(verdict(lamictal, 'acute mania').kind).toBe('limited');
    // (not by another phase's monotherapy limit)
    const zyprexa =
      'Oral olanzapine tablets are indicated for the acute treatment of manic or mixed episodes associated with bipolar I disorder and maintenance treatment of bipolar I disorder. Olanzapine monotherapy is not indicated for the treatment of depressive episodes associated with bipolar I disorder.';
    expect(verdict(zyprexa, 'mania').kind).toBe('covers');
    // (melancholic depression is a kind of major depressive disorder, not depression at large)
    const effexor =
      'Venlafaxine tablets are indicated for the treatment of major depressive disorder.';
    expect(verdict(effexor, 'melancholic depression').kind).not.toBe('covers');
    expect(
      verdict(
        'ZURZUVAE is indicated for the treatment of postpartum depression (PPD) in adults.',
        'major depression',
      ).kind,
    ).toBe('covers');
    // (vertigo is a kind of dizziness: a label that names dizziness may cover it)
    const bonine = 'Uses prevents and treats nausea, vomiting or dizziness due to motion sickness';
    expect(verdict(bonine, 'vertigo').kind).not.toBe('not-listed');
    // (the labels' words for vasospastic angina)
    const cardizem =
      'Diltiazem hydrochloride extended-release capsules are indicated for the management of chronic stable angina and angina due to coronary artery spasm.';
    expect(verdict(cardizem, 'vasospastic angina').kind).toBe('covers');
    // (a glucose-lowering label treats high blood sugar; a label for patients with diabetes does not)
    const glucophage =
      'Metformin hydrochloride tablets are indicated as an adjunct to diet and exercise to improve glycemic control in adults with type 2 diabetes mellitus.';
    expect(verdict(glucophage, 'high blood sugar').kind).toBe('covers');
    const gvoke =
      'Glucagon for Injection is an antihypoglycemic agent indicated for the treatment of severe hypoglycemia in pediatric and adult patients with diabetes.';
    expect(verdict(gvoke, 'high blood sugar').kind).toBe('not-listed');
    // (retinal vein occlusion is a venous thrombosis, but no deep vein thrombosis)
    const lucentis =
      'Ranibizumab is indicated for the treatment of patients with: Neovascular (Wet) Age-Related Macular Degeneration (AMD) Macular Edema Following Retinal Vein Occlusion (RVO) Diabetic Macular Edema (DME)';
    expect(verdict(lucentis, 'deep vein thrombosis').kind).not.toBe('covers');
    expect(verdict(lucentis, 'dvt').kind).not.toBe('covers');
    // (what care avoids, another drug's use, and what the drug did to the patients of an example
    // are not indications)
    const dopram =
      'Drug-Induced Central Nervous System Depression Exercising care to prevent vomiting and aspiration, doxapram may be used to stimulate respiration, hasten arousal, and to encourage the return of laryngopharyngeal reflexes in patients with mild to moderate respiratory and CNS depression due to drug overdosage.';
    expect(verdict(dopram, 'vomiting').kind).not.toBe('covers');
    const dibenzyline =
      'Phenoxybenzamine hydrochloride is indicated in the treatment of pheochromocytoma, to control episodes of hypertension and sweating. If tachycardia is excessive, it may be necessary to use a beta-blocking agent concomitantly.';
    expect(verdict(dibenzyline, 'tachycardia').kind).not.toBe('covers');
    const azulfidine =
      'AZULFIDINE EN-tabs is particularly indicated in patients with ulcerative colitis who cannot take uncoated sulfasalazine tablets because of gastrointestinal intolerance, and in whom there is evidence that this intolerance is not primarily the result of high blood levels of sulfapyridine and its metabolites, e.g., patients experiencing nausea and vomiting with the first few doses of the drug.';
    expect(verdict(azulfidine, 'nausea').kind).not.toBe('covers');
    const maxzide =
      'Triamterene and hydrochlorothiazide tablets are indicated for the treatment of hypertension or edema in patients who develop hypokalemia on hydrochlorothiazide alone, in whom the development of hypokalemia cannot be risked (e.g., patients on concomitant digitalis preparations, or with a history of cardiac arrhythmias, etc.).';
    expect(verdict(maxzide, 'arrhythmia').kind).not.toBe('covers');
    // (nor a count of what happened in trials, nor the patients' allergy to another product)
    const corvert =
      'Ibutilide fumarate injection is indicated for the rapid conversion of atrial fibrillation or atrial flutter of recent onset to sinus rhythm. Ibutilide fumarate can cause potentially fatal arrhythmias. In registration studies, these arrhythmias, which require cardioversion, occurred in 1.7% of treated patients during, or within a number of hours of, use of Ibutilide fumarate.';
    const heartbeat = verdict(corvert, 'irregular heartbeat');
    expect(heartbeat.kind === 'covers' && heartbeat.quote).toMatch(/rapid conversion/);
    const rylaze =
      'RYLAZE is indicated as a component of a multi-agent chemotherapeutic regimen for the treatment of acute lymphoblastic leukemia (ALL) in adult and pediatric patients 1 month or older who have developed hypersensitivity to E. coli -derived asparaginase.';
    expect(verdict(rylaze, 'allergic reaction').kind).not.toBe('covers');
    const periactin = 'Amelioration of allergic reactions to blood or plasma. Cold urticaria.';
    expect(verdict(periactin, 'allergic reaction').kind).toBe('covers');
    // (strep throat is named by its germ, not by an OTC cold medicine's "sore throat")
    const omnicef = 'Pharyngitis/Tonsillitis caused by Streptococcus pyogenes.';
    expect(verdict(omnicef, 'strep throat').kind).toBe('covers');
    const coldFlu =
      'Uses temporarily relieves common cold/flu symptoms: nasal congestion cough due to minor throat & bronchial irritation sore throat headache minor aches and pains';
    expect(verdict(coldFlu, 'strep throat').kind).not.toBe('covers');
    // (a label for rhinitis or arthritis is a broader name for a stuffy nose or joint pain, never
    // an answer the other way)
    const singulair =
      'Montelukast sodium tablets are indicated for: Relief of symptoms of allergic rhinitis (AR): seasonal allergic rhinitis (SAR) in patients 2 years of age and older.';
    expect(verdict(singulair, 'stuffy nose').kind).toBe('silent');
    expect(verdict(coldFlu, 'allergic rhinitis').kind).not.toBe('covers');
    const trexall = 'TREXALL is indicated for the treatment of adults with rheumatoid arthritis.';
    expect(verdict(trexall, 'joint pain').kind).toBe('silent');
    // (a dermatitis is a rash; angioedema is no hives)
    expect(verdict('Indicated for the treatment of contact dermatitis.', 'rash').kind).toBe(
      'covers',
    );
    const danocrine =
      'Danazol capsules are indicated for the prevention of attacks of angioedema of all types (cutaneous, abdominal, laryngeal) in males and females.';
    expect(verdict(danocrine, 'hives').kind).not.toBe('covers');
    // (a prevention question: "Prophylaxis and chronic treatment of" prevents, and an item whose
    // patients do not have the condition yet answers before one whose patients do)
    const singulairChew =
      'Montelukast sodium chewable tablets are indicated for: • Prophylaxis and chronic treatment of asthma in patients 2 years of age and older. • Acute prevention of exercise-induced bronchoconstriction (EIB) in patients 6 years of age and older.';
    const asthma = verdict(singulairChew, 'asthma prevention');
    expect(asthma.kind === 'covers' && asthma.quote).toMatch(/Prophylaxis and chronic treatment/);
    const soltamox =
      '1.2 Adjuvant Treatment of Breast Cancer SOLTAMOX is indicated: for the adjuvant treatment of adult patients with early stage estrogen receptor-positive breast cancer to reduce the occurrence of contralateral breast cancer in adult patients when used as adjuvant therapy for the treatment of breast cancer. 1.4 Reduction in Breast Cancer Incidence in Women at High Risk SOLTAMOX is indicated to reduce the incidence of breast cancer in adult women at high risk for breast cancer.';
    const prevention = verdict(soltamox, 'breast cancer prevention');
    expect(prevention.kind === 'covers' && prevention.quote).toMatch(/women at high risk/);
  });
});
