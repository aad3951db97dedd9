// A patient's question names the patient before the drug: "I have high blood pressure, can I take
// amlodipine", "can I take ibuprofen if I have kidney disease", "my son has adhd, can he take
// methylphenidate". Read as written, "I have", "can I take" and "if" stayed in the condition ("i
// have kidney disease i take" is no condition). Such a question may ask what the drug is for ("I
// have a headache, can I take ibuprofen") or whether it is safe with the condition ("... kidney
// disease"), so it is read as the drug beside the condition, which asks either.

const PERSON = String.raw`(?:i|he|she|we|they|you|my\s+[a-z]+|our\s+[a-z]+)`;
const OBJECT = String.raw`(?:i|he|she|we|they|you|me|him|her|them|my\s+[a-z]+|our\s+[a-z]+)`;
const HAS = String.raw`(?:have|has|had|got|suffer\s+from|suffers\s+from|am|is|'m|was)`;
const ASK = String.raw`(can|could|should|may|is\s+it\s+(?:ok|okay|safe)\s+(?:for\s+${OBJECT}\s+)?to)`;
const TAKE = String.raw`(?:take|use|have|be\s+given|start|get)`;

// "I have X, can I take Y"
const CONDITION_FIRST = new RegExp(
  String.raw`^${PERSON}\s*${HAS}\s+(?:been\s+diagnosed\s+with\s+)?(.+?)[,;]?\s+(?:so\s+|and\s+)?${ASK}\s+(?:${OBJECT}\s+)?${TAKE}\s+(.+)$`,
  'i',
);
// "swollen ankles, can I take furosemide" (a condition stated as a sentence, read as its name by
// stated-symptoms.ts)
const NAMED_FIRST = new RegExp(
  String.raw`^(.+?)[,;]\s+(?:so\s+|and\s+)?${ASK}\s+(?:${OBJECT}\s+)?${TAKE}\s+(.+)$`,
  'i',
);
// "can I take Y if I have X"
const DRUG_FIRST = new RegExp(
  String.raw`^${ASK}\s+(?:${OBJECT}\s+)?${TAKE}\s+(.+?)\s+(?:if|when|since|because|as|while)\s+${PERSON}\s*${HAS}\s+(?:been\s+diagnosed\s+with\s+)?(.+)$`,
  'i',
);

/**
 * The question as the drug beside the condition ("amlodipine high blood pressure"), or asking
 * whether it is safe with it, when it names the patient's condition before or after asking to take
 * the drug; otherwise unchanged.
 */
export function patientQuestion(query: string): string {
  const first = CONDITION_FIRST.exec(query) ?? NAMED_FIRST.exec(query);
  const drug = DRUG_FIRST.exec(query);
  const [name, condition, asking] = first
    ? [first[3]!, first[1]!, first[2]!]
    : drug
      ? [drug[2]!, drug[3]!, drug[1]!]
      : [];
  if (!name || !condition) return query;
  // (a question that says "safe" asks about harm alone: "is it safe to take metformin if I have
  // kidney disease")
  return /\b(?:safe|ok|okay)\b/i.test(asking!)
    ? `is ${name.trim()} safe with ${condition.trim()}`
    : `${name.trim()} ${condition.trim()}`;
}
