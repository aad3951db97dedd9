// How guidelines and labels name drug classes, and which FDA Established Pharmacologic
// Classes (EPC, from the labels' openFDA data) each phrase covers. Membership itself always
// comes from the data: a drug's EPC classes, or a study that lists it under the phrase.

export interface ClassPhrase {
  key: string;
  /** how the class is shown */
  label: string;
  pattern: RegExp;
  epc: string[];
  /** a route every member must have on some label of its own ("direct oral anticoagulants") */
  route?: string;
  /**
   * the phrase as it must stand before a label's list of examples, where the loose one names
   * other drugs: labels write "muscle relaxants (e.g., succinylcholine)" of neuromuscular blockers
   */
  labelPattern?: RegExp;
}

const p = (
  key: string,
  label: string,
  pattern: RegExp,
  epc: string[],
  route?: string,
): ClassPhrase => ({ key, label, pattern, epc, ...(route ? { route } : {}) });

export const CLASS_PHRASES: ClassPhrase[] = [
  {
    ...p('smr', 'skeletal muscle relaxants', /\b(?:skeletal )?muscle relaxants?\b/i, [
      'Muscle Relaxant [EPC]',
    ]),
    labelPattern: /\bskeletal muscle relaxants?\b/i,
  },
  p('nsaid', 'NSAIDs', /\bNSAIDs?\b|\bnon-?steroidal anti-?inflammatory (?:drugs?|agents?)\b/i, [
    'Nonsteroidal Anti-inflammatory Drug [EPC]',
  ]),
  p('opioid', 'opioids', /\bopioids?\b(?! (?:receptor )?antagonists?)/i, [
    'Opioid Agonist [EPC]',
    'Opioid Agonist/Antagonist [EPC]',
    'Partial Opioid Agonist [EPC]',
  ]),
  p('statin', 'statins', /\bstatins?\b|\bHMG-CoA reductase inhibitors?\b/i, [
    'HMG-CoA Reductase Inhibitor [EPC]',
  ]),
  p(
    'sglt2',
    'SGLT2 inhibitors',
    /\bSGLT-?2(?:i| inhibitors?)\b|\bsodium-glucose cotransporter[- ]2 inhibitors?\b/i,
    ['Sodium-Glucose Cotransporter 2 Inhibitor [EPC]'],
  ),
  p('glp1', 'GLP-1 receptor agonists', /\bGLP-?1 (?:receptor )?agonists?\b|\bGLP-?1 ?RAs?\b/i, [
    'GLP-1 Receptor Agonist [EPC]',
  ]),
  p('dpp4', 'DPP-4 inhibitors', /\bDPP-?4 inhibitors?\b/i, [
    'Dipeptidyl Peptidase 4 Inhibitor [EPC]',
  ]),
  p('sulfonylurea', 'sulfonylureas', /\bsulfonylureas?\b/i, ['Sulfonylurea [EPC]']),
  p(
    'doac',
    'direct oral anticoagulants',
    /\bDOACs?\b|\bdirect oral anticoagulants?\b|\bNOACs?\b/i,
    ['Factor Xa Inhibitor [EPC]', 'Direct Thrombin Inhibitor [EPC]'],
    // argatroban, bivalirudin and fondaparinux share the EPC classes but are given by injection
    'ORAL',
  ),
  p('vka', 'vitamin K antagonists', /\bvitamin K antagonists?\b|\bVKAs?\b|\bcoumarins?\b/i, [
    'Vitamin K Antagonist [EPC]',
  ]),
  p('anticoagulant', 'anticoagulants', /\banticoagulants?\b/i, [
    'Anti-coagulant [EPC]',
    'Vitamin K Antagonist [EPC]',
    'Factor Xa Inhibitor [EPC]',
    'Direct Thrombin Inhibitor [EPC]',
    'Low Molecular Weight Heparin [EPC]',
    'Unfractionated Heparin [EPC]',
  ]),
  p(
    'antiplatelet',
    'antiplatelet agents',
    // "single/dual antiplatelet therapy": one or two members, unnamed, not the class
    /(?<!\b(?:single|dual|triple)[\s-])\bantiplatelets?(?: agents?| drugs?| therapy)?\b/i,
    ['Platelet Aggregation Inhibitor [EPC]', 'P2Y12 Platelet Inhibitor [EPC]'],
  ),
  // "DOAC + P2Y12 inhibitor": clopidogrel, prasugrel, ticagrelor ..., not every antiplatelet
  // (tirofiban, dipyridamole and cilostazol act otherwise)
  p(
    'p2y12',
    'P2Y12 inhibitors',
    /\bP2Y ?12 (?:receptor |platelet )?(?:inhibitors?|antagonists?|blockers?)\b/i,
    ['P2Y12 Platelet Inhibitor [EPC]'],
  ),
  p('ppi', 'proton pump inhibitors', /\bPPIs?\b|\bproton[- ]pump inhibitors?\b/i, [
    'Proton Pump Inhibitor [EPC]',
  ]),
  p(
    'h2ra',
    'H2 receptor antagonists',
    /\bH2[- ]?(?:receptor )?(?:antagonists?|blockers?|RAs?)\b/i,
    ['Histamine-2 Receptor Antagonist [EPC]'],
  ),
  p('betablocker', 'beta-blockers', /\bbeta[- ]?blockers?\b|\bβ-?blockers?\b/i, [
    'beta-Adrenergic Blocker [EPC]',
  ]),
  p(
    'acei',
    'ACE inhibitors',
    /\bACE ?inhibitors?\b|\bACEIs?\b|\bangiotensin[- ]converting enzyme (?:\(ACE\) )?inhibitors?\b/i,
    ['Angiotensin Converting Enzyme Inhibitor [EPC]'],
  ),
  p(
    'arb',
    'angiotensin receptor blockers',
    /\bARBs?\b|\bangiotensin (?:II )?receptor blockers?\b/i,
    ['Angiotensin 2 Receptor Blocker [EPC]'],
  ),
  p('ccb', 'calcium channel blockers', /\bcalcium[- ]channel blockers?\b|\bCCBs?\b/i, [
    'Calcium Channel Blocker [EPC]',
    'Dihydropyridine Calcium Channel Blocker [EPC]',
  ]),
  p('thiazide', 'thiazide diuretics', /\bthiazides?(?:-like)?(?: diuretics?)?\b/i, [
    'Thiazide Diuretic [EPC]',
    'Thiazide-like Diuretic [EPC]',
  ]),
  p('loop', 'loop diuretics', /\bloop diuretics?\b/i, ['Loop Diuretic [EPC]']),
  p(
    'mra',
    'mineralocorticoid receptor antagonists',
    /\bMRAs?\b|\bmineralocorticoid receptor antagonists?\b|\baldosterone antagonists?\b/i,
    ['Aldosterone Antagonist [EPC]'],
  ),
  p('ssri', 'SSRIs', /\bSSRIs?\b|\bselective serotonin reuptake inhibitors?\b/i, [
    'Serotonin Reuptake Inhibitor [EPC]',
  ]),
  p(
    'snri',
    'SNRIs',
    /\bSNRIs?\b|\bserotonin[- ](?:and[- ])?norepinephrine reuptake inhibitors?\b/i,
    ['Serotonin and Norepinephrine Reuptake Inhibitor [EPC]'],
  ),
  p('tca', 'tricyclic antidepressants', /\btricyclic antidepressants?\b|\bTCAs?\b/i, [
    'Tricyclic Antidepressant [EPC]',
  ]),
  p(
    'maoi',
    'MAO inhibitors',
    /\bMAOIs?\b|\bMAO inhibitors?\b|\bmonoamine oxidase (?:\(MAO\) )?inhibitors?\b/i,
    ['Monoamine Oxidase Inhibitor [EPC]'],
  ),
  p('benzodiazepine', 'benzodiazepines', /\bbenzodiazepines?\b/i, ['Benzodiazepine [EPC]']),
  p(
    'corticosteroid',
    'corticosteroids',
    /\bcorticosteroids?\b|\bglucocorticoids?\b(?! receptor)/i,
    ['Corticosteroid [EPC]'],
  ),
  p('antipsychotic', 'antipsychotics', /\bantipsychotics?\b/i, [
    'Atypical Antipsychotic [EPC]',
    'Typical Antipsychotic [EPC]',
  ]),
  p(
    'insulin',
    'insulins',
    /\binsulins?\b(?! resistance| sensitivity| sensiti[sz]ers?| secretion| levels?)/i,
    ['Insulin [EPC]', 'Insulin Analog [EPC]'],
  ),
  p('fluoroquinolone', 'fluoroquinolones', /\bfluoroquinolones?\b|\bquinolones?\b/i, [
    'Quinolone Antimicrobial [EPC]',
    'Fluoroquinolone Antibacterial [EPC]',
  ]),
  p('macrolide', 'macrolides', /\bmacrolides?\b/i, ['Macrolide Antimicrobial [EPC]']),
  p(
    'antiepileptic',
    'antiepileptic drugs',
    /\bantiepileptics?(?: drugs?)?\b|\banti-?seizure medications?\b|\banticonvulsants?\b/i,
    ['Anti-epileptic Agent [EPC]'],
  ),
  p('bisphosphonate', 'bisphosphonates', /\bbisphosphonates?\b/i, ['Bisphosphonate [EPC]']),
  p(
    'cns-depressant',
    'CNS depressants',
    /\bCNS depressants?\b|\bcentral nervous system depressants?\b/i,
    [
      'Benzodiazepine [EPC]',
      'Opioid Agonist [EPC]',
      'Barbiturate [EPC]',
      'Muscle Relaxant [EPC]',
      'gamma-Aminobutyric Acid-ergic Agonist [EPC]',
      'Central Nervous System Depressant [EPC]',
    ],
  ),
];
