// Which drugs a study is linked to (pipeline/build-research.ts linkStudies), on small records
// written for this test after the kinds of false link the seventh research sample found.
import { describe, expect, it } from 'vitest';
import { linkStudies, type StudyDraft } from '../../pipeline/build-research';
import { designFrom } from '../../pipeline/read-research';
import { openIndex } from '../../scripts/cli/node-index';

const matcher = await openIndex().getMatcher();

function draft(over: Partial<StudyDraft>): StudyDraft {
  return {
    id: 'pmid:1',
    pmid: '1',
    pmcid: null,
    doi: null,
    title: '',
    titleIsQuestion: false,
    journal: null,
    year: 2020,
    authors: [],
    design: 'randomized controlled trial',
    mesh: ['Humans'],
    url: 'https://pubmed.ncbi.nlm.nih.gov/1/',
    license: null,
    source: 'test',
    abstract: '',
    sections: [],
    conclusion: null,
    abstractComplete: true,
    pubTypes: [],
    arms: [],
    ...over,
  };
}

const linked = (s: StudyDraft) => [...linkStudies([s], matcher).keys()].sort();

describe('research links', () => {
  it('a MeSH heading links a drug only where the abstract names it too', () => {
    const abstract =
      'Results: Spinal bone density rose more with transdermal estradiol than with placebo. Conclusions: It was effective.';
    const s = draft({
      title: 'Bone loss after menopause: a randomized trial',
      mesh: ['Humans', 'Estradiol', 'Insulin'],
      abstract,
      sections: [{ label: 'results', text: abstract }],
    });
    expect(linked(s)).toEqual(['estradiol']);
  });

  it('drugs a title sets aside are not its subject', () => {
    const s = draft({
      id: 'cochrane:CD1',
      design: 'systematic review',
      title:
        'Antiepileptics other than gabapentin, pregabalin, topiramate, and valproate for the prophylaxis of episodic migraine in adults',
      conclusion: 'Carbamazepine was superior to placebo in reducing headache frequency.',
    });
    expect(linked(s)).toEqual(['carbamazepine']);
  });

  it('a drug the review says none of its trials used is not an arm', () => {
    const s = draft({
      id: 'cochrane:CD2',
      design: 'systematic review',
      title: 'Inhaled short-acting beta2-agonists versus ipratropium for exacerbations of COPD',
      conclusion:
        'None of the studies used the more modern beta2-agonists (salbutamol and terbutaline). Ipratropium produced small improvements in FEV1.',
    });
    expect(linked(s)).toEqual(['ipratropium']);
    const later = draft({
      id: 'cochrane:CD5',
      design: 'systematic review',
      title: 'Antiviral agents for herpes simplex virus infection in neonates',
      conclusion:
        'Aciclovir reduced mortality. The efficacy of newer antiviral agents (e.g. valaciclovir) needs to be evaluated in randomised trials.',
    });
    expect(linked(later)).toEqual(['acyclovir']);
  });

  it("the body's own transmitter is not the drug", () => {
    const s = draft({
      id: 'cochrane:CD3',
      design: 'systematic review',
      title: 'Dopamine agonists for the treatment of restless legs syndrome',
      conclusion: 'Dopamine agonists were better than placebo; pramipexole was effective.',
    });
    expect(linked(s)).toEqual(['pramipexole']);
  });

  it('a comparison the review says is not available names no arm, clause by clause', () => {
    const s = draft({
      id: 'cochrane:CD4',
      design: 'systematic review',
      title: 'Medical interventions for primary open angle glaucoma',
      conclusion:
        'Direct comparisons of prostaglandins or brimonidine to placebo are not available and the comparison of dorzolamide to placebo failed to demonstrate a protective effect.',
    });
    expect(linked(s)).toEqual(['dorzolamide']);
  });

  it('an abstract about animals and no people is an animal study, whatever its title', () => {
    const abstract =
      'Methods: Experimental FSGS was induced and groups received enalapril or hydralazine. Results: Podocyte numbers were lower in the hydralazine arm compared to normal mice.';
    const mice = draft({
      title: 'ACE-inhibition increases podocyte number in experimental glomerular disease',
      mesh: [],
      abstract,
      sections: [{ label: 'results', text: abstract }],
      arms: [{ intervention: 'enalapril', comparator: 'hydralazine', evidence: [] }],
    });
    expect(linked(mice)).toEqual([]);
    // (the same words in a trial of patients, where mice are only the earlier work, stay)
    const people = { ...mice, abstract: `${abstract} In 40 patients, enalapril was effective.` };
    expect(linked(people)).toEqual(['enalapril', 'hydralazine']);
    // (a background about patients does not make a study of counted mice a study of people)
    const counted = draft({
      title: 'Impact of Hydroxychloroquine on Atherosclerosis in Chronic Kidney Disease',
      mesh: [],
      abstract:
        'Cardiovascular disease is the largest cause of death among patients with chronic kidney disease. Forty male, 6-week-old mice were divided into four groups. Therapy with hydroxychloroquine significantly reduced atherosclerosis.',
    });
    expect(linked(counted)).toEqual([]);
  });

  it('a body substance the title only measures is not the study subject', () => {
    const abstract =
      'Results: Earplugs, eye masks and music improved sleep in 50 patients; melatonin levels did not change.';
    const s = draft({
      title:
        'Effects of earplugs and eye masks combined with relaxing music on sleep, melatonin and cortisol levels in ICU patients',
      mesh: ['Humans', 'Melatonin'],
      abstract,
      sections: [{ label: 'results', text: abstract }],
    });
    expect(linked(s)).toEqual([]);
    // (nor in a review's conclusion)
    const review = draft({
      id: 'cochrane:CD6',
      design: 'systematic review',
      title: 'Monitoring of stimulated cycles in assisted reproduction',
      conclusion:
        'There is no evidence that monitoring by ultrasound plus serum estradiol is more efficacious than ultrasound only.',
    });
    expect(linked(review)).toEqual([]);
    // (a drug the body does not make is given when its levels are measured)
    const given = draft({
      title: 'CYP3A4 genotype and sildenafil concentrations in heart failure',
    });
    expect(linked(given)).toEqual(['sildenafil']);
  });

  it("a drug the patients were given already, after the study's drug in the title, is theirs", () => {
    const s = draft({
      id: 'cochrane:CD7',
      design: 'systematic review',
      title: 'Furosemide for prevention of morbidity in indomethacin\u2010treated infants',
      conclusion:
        'There is not enough evidence to support furosemide in premature infants treated with indomethacin.',
    });
    expect(linked(s)).toEqual(['furosemide']);
    // (alone, it is the study's subject: a study of its harm)
    expect(
      linked(draft({ title: 'Clozapine-related seizures: experience with 5,629 patients' })),
    ).toEqual(['clozapine']);
  });

  it('a drug whose need the studied one lowers is an outcome', () => {
    const s = draft({
      id: 'cochrane:CD8',
      design: 'systematic review',
      title: 'Cochrane review CD8 (title not in the bundled data)',
      conclusion:
        'Ketamine in subanaesthetic dose is effective in reducing morphine requirements in the first 24 hours after surgery.',
    });
    expect(linked(s)).toEqual(['ketamine']);
  });

  it("a study of a method of analysis on a trial's data is about no drug its title leaves out", () => {
    const arms = [
      { intervention: 'With gabapentin', comparator: 'Without gabapentin', evidence: [] },
    ];
    const methods = draft({
      title:
        'Empirical comparison of four baseline covariate adjustment methods in analysis of continuous outcomes in randomized controlled trials',
      arms,
    });
    expect(linked(methods)).toEqual([]);
    expect(linked(draft({ title: 'Gabapentin after total knee arthroplasty', arms }))).toEqual([
      'gabapentin',
    ]);
  });

  it('a study that looked back at records is no trial, whatever its corpus declares', () => {
    const rct = 'randomized controlled trial';
    const lookedBack =
      'We undertook a retrospective chart review of 86 consecutive mechanically ventilated patients. A dose greater than 2.2 mg/day could be a minimal effective dose to evaluate in a randomized controlled trial.';
    expect(designFrom([], 'Inhaled salbutamol and acute lung injury', rct, lookedBack)).toBe(
      'observational study',
    );
    // (a trial's own retrospective analysis of its randomized patients stays a trial)
    const posthoc =
      'We performed a retrospective analysis of the primary endpoint. Patients were randomized to ticagrelor or clopidogrel.';
    expect(designFrom([], 'Ticagrelor vs. clopidogrel in NSTE-ACS', rct, posthoc)).toBe(rct);
  });
});
