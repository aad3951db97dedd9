// A patient states the condition as a sentence rather than naming it: "ibuprofen because my back
// hurts", "my ankles are swollen, can furosemide help", "I can't sleep, will zolpidem help",
// "sertraline when I feel depressed", "metformin because my sugar is high". Read as written, the
// sentence stayed in the condition ("because back hurts", "when eyes itchy": no condition). Each
// sentence is rewritten as the noun phrase that names what it states ("back pain", "swollen
// ankles", "trouble sleeping", "depression", "high sugar", the blood's in purpose-verbs.ts), joined
// to the drug as the patient joined it: "because" or "since" asks what the drug is for, as "for"
// does; "when" or "if" may ask either what it is for or whether it is safe, as "with" does ("can I
// take ibuprofen if my stomach is upset").

// (the word that joined the sentence to the drug)
const JOIN = String.raw`(?:\b(when|whenever|because|cause|cuz|since|if|while)\s+)?`;
const WHOSE = String.raw`\b(?:my|his|her|their|our|your|the)\s+`;
const PERSON = String.raw`\b(?:i|he|she|we|they|(?:my|our)\s+(?:son|daughter|child|kid|baby|husband|wife|partner|mom|mother|dad|father))`;
// (one to three words that name the part or the measure: "back", "blood pressure", "lower back")
const PART = String.raw`((?:[a-z]+\s+){0,2}?[a-z]+)`;
const BE = String.raw`\s*(?:is|are|'s|'re|was|were|has\s+been|have\s+been|gets?|feels?|seems?|keeps?\s+being|is\s+getting|are\s+getting)\s+`;
const DEGREE = String.raw`(?:(?:so|very|really|too|always|a\s+bit|a\s+little|kind\s+of|pretty|still|constantly|all)\s+)*`;

// A state said of a part or a measure, as the adjective that names it before the noun ("my
// ankles are swollen" -> "swollen ankles", "my heart is racing" -> "racing heart").
const STATES: Record<string, string> = {
  high: 'high',
  elevated: 'high',
  up: 'high',
  low: 'low',
  swollen: 'swollen',
  puffy: 'swollen',
  itchy: 'itchy',
  itching: 'itchy',
  dry: 'dry',
  runny: 'runny',
  running: 'runny',
  stuffy: 'stuffy',
  stuffed: 'stuffy',
  blocked: 'stuffy',
  racing: 'racing',
  pounding: 'pounding',
  upset: 'upset',
  sore: 'sore',
};
const STATE = new RegExp(
  String.raw`${JOIN}${WHOSE}${PART}${BE}${DEGREE}(${Object.keys(STATES).join('|')})(?:\s+up)?\b`,
  'gi',
);
// A part that hurts or itches ("my back hurts" -> "back pain", "my skin itches" -> "itchy skin").
const HURTS = new RegExp(
  String.raw`${JOIN}${WHOSE}${PART}\s+(?:(?:hurts?|aches?|is\s+killing\s+me|are\s+killing\s+me)|(?:is|are)\s+${DEGREE}(?:painful|aching|hurting))\b`,
  'gi',
);
const ITCHES = new RegExp(
  String.raw`${JOIN}${WHOSE}${PART}\s+(?:itch|itches|(?:is|are)\s+itching)\b`,
  'gi',
);

// How a patient says how they feel, as the condition's name ("I feel anxious" -> "anxiety").
const FEELINGS: Record<string, string> = {
  anxious: 'anxiety',
  depressed: 'depression',
  nauseous: 'nausea',
  nauseated: 'nausea',
  'sick to (?:my|his|her|their) stomach': 'nausea',
  dizzy: 'dizziness',
  itchy: 'itching',
  constipated: 'constipation',
  feverish: 'fever',
  '(?:short|out) of breath': 'shortness of breath',
};
const FEELING = String.raw`(${Object.keys(FEELINGS).join('|')})\b`;
const FEEL = new RegExp(
  String.raw`(?:${JOIN}${PERSON}\s*(?:feels?|am|'m|is|are|'re|get|gets|keeps?\s+(?:feeling|getting)|(?:have|has|'ve)\s+been(?:\s+feeling)?|am\s+feeling|'m\s+feeling)\s+|\bfeeling\s+)${DEGREE}${FEELING}`,
  'gi',
);
const feelingName = (words: string) =>
  Object.entries(FEELINGS).find(([said]) => new RegExp(`^${said}$`, 'i').test(words))![1];

// What a patient keeps doing, or cannot do ("I keep throwing up", "I can't sleep").
const DOING = new RegExp(
  String.raw`${JOIN}${PERSON}\s*(?:keeps?|am|'m|is|are|have\s+been|'ve\s+been|can't\s+stop|cannot\s+stop|can\s+not\s+stop)\s+(throwing\s+up|vomiting|coughing|sneezing|wheezing)\b`,
  'gi',
);
const DOINGS: Record<string, string> = { coughing: 'cough' };
const CANNOT_SLEEP = new RegExp(
  String.raw`${JOIN}${PERSON}\s*(?:(?:can't|cant|cannot|can\s+not|couldn't|could\s+not|(?:am|'m)\s+(?:not\s+able|unable)\s+to)\s+(?:fall\s+asleep|stay\s+asleep|sleep)|(?:am|'m|is|are|have\s+been|'ve\s+been)\s+not\s+sleeping)\b`,
  'gi',
);
// A condition the patient has, after the word that joins it ("because I have a headache"); a
// question that asks to take the drug first is patient-questions.ts's.
const HAS = new RegExp(
  String.raw`\b(when|whenever|because|cause|cuz|since|while)\s+${PERSON}\s*(?:have|has|'ve|'ve\s+got|got|get|gets|am\s+having|'m\s+having|suffer\s+from|suffers\s+from)\s+(?:got\s+)?(?:(?:a|an|the|some|bad|really|terrible)\s+)*`,
  'gi',
);

// The slang for diarrhea.
const RUNS = /\bthe\s+(?:runs|trots)\b/gi;

const singular = (part: string) => part.replace(/(?<![su])s$/i, '');

// (the joining word in the words the parse reads)
const joined = (join: string | undefined) =>
  !join ? ' ' : /^(?:because|cause|cuz|since)$/i.test(join) ? ' for ' : ' with ';

/** The query with a condition stated as a sentence read as the condition's name; else unchanged. */
export function statedSymptoms(query: string): string {
  const named = query
    .replace(RUNS, 'diarrhea')
    .replace(CANNOT_SLEEP, (_, join?: string) => `${joined(join)}trouble sleeping `)
    .replace(
      FEEL,
      (_, join: string | undefined, words: string) => `${joined(join)}${feelingName(words)} `,
    )
    .replace(
      DOING,
      (_, join: string | undefined, doing: string) =>
        `${joined(join)}${DOINGS[doing.toLowerCase()] ?? doing} `,
    )
    .replace(
      HURTS,
      (_, join: string | undefined, part: string) => `${joined(join)}${singular(part)} pain `,
    )
    .replace(ITCHES, (_, join: string | undefined, part: string) => `${joined(join)}itchy ${part} `)
    .replace(
      STATE,
      (_, join: string | undefined, part: string, state: string) =>
        `${joined(join)}${STATES[state.toLowerCase()]} ${part} `,
    )
    .replace(HAS, (_, join: string) => joined(join));
  return named === query
    ? query
    : named
        .replace(/\s+([,;])/g, '$1')
        .replace(/\s{2,}/g, ' ')
        .trim();
}
