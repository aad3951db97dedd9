// One typed message map for every context. Each request names its payload and reply; the
// receiver validates shape and size before acting (see isValidRequest).
import type { LexiconFile } from './index-schema';
import { DRUG_ID } from './normalize';

export interface DrugCard {
  id: string;
  name: string;
  cls: string;
  /** the label's first indication sentence, or null */
  indication: string | null;
  boxedWarning: boolean;
}

export interface PageDrug {
  drugId: string;
  name: string;
  /** the names the page uses for it, in page order */
  names: string[];
  count: number;
}

export interface MessageMap {
  /** content -> background: the compact name list for detection */
  getLexicon: {
    payload: Record<string, never>;
    reply: { ok: true; lexicon: LexiconFile } | { ok: false; error: string };
  };
  /** content -> background: what the hover card shows */
  getCard: {
    payload: { drugId: string };
    reply: { ok: true; card: DrugCard } | { ok: false; error: string };
  };
  /** content or popup -> background: open the evidence view in its own window */
  openEvidence: { payload: { drugId?: string; query?: string }; reply: { ok: boolean } };
  /** popup -> content: the drugs detected on the page */
  listPageDrugs: {
    payload: Record<string, never>;
    reply: { ok: true; drugs: PageDrug[]; highlighting: boolean; host: string };
  };
  /** popup -> content: scroll to and flash the first mention of a drug */
  revealDrug: { payload: { drugId: string }; reply: { ok: boolean } };
  /**
   * content (a child frame) -> popup or side panel: the drugs this frame highlighted, sent
   * when listPageDrugs reaches it (a tab message gets one reply, from the top frame).
   */
  frameDrugs: { payload: { drugs: PageDrug[] }; reply: void };
}

export type MessageType = keyof MessageMap;
export type Request<T extends MessageType = MessageType> = {
  type: T;
  payload: MessageMap[T]['payload'];
};
export type Reply<T extends MessageType> = MessageMap[T]['reply'];

const MAX_TEXT = 500;
const isShortString = (v: unknown): v is string =>
  typeof v === 'string' && v.length > 0 && v.length <= MAX_TEXT;
const isDrugId = (v: unknown): v is string => typeof v === 'string' && DRUG_ID.test(v);
const isEmpty = (v: unknown) => typeof v === 'object' && v !== null && Object.keys(v).length === 0;
const isDrugIdPayload = (p: unknown) =>
  typeof p === 'object' &&
  p !== null &&
  isDrugId((p as { drugId?: unknown }).drugId) &&
  Object.keys(p).length === 1;

/** A frame reports at most this many drugs, each with at most MAX_PAGE_DRUG_NAMES names. */
export const MAX_PAGE_DRUGS = 500;
export const MAX_PAGE_DRUG_NAMES = 20;
const isPageDrug = (v: unknown): boolean => {
  if (typeof v !== 'object' || v === null) return false;
  const { drugId, name, names, count, ...rest } = v as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    isDrugId(drugId) &&
    isShortString(name) &&
    Array.isArray(names) &&
    names.length <= MAX_PAGE_DRUG_NAMES &&
    names.every(isShortString) &&
    Number.isInteger(count) &&
    (count as number) > 0
  );
};

/** { drugId?, query? } with at least one, and nothing else (also the side panel's hand-over). */
export function isEvidenceTarget(p: unknown): boolean {
  if (typeof p !== 'object' || p === null) return false;
  const { drugId, query, ...rest } = p as { drugId?: unknown; query?: unknown };
  if (Object.keys(rest).length) return false;
  return (
    (drugId === undefined || isDrugId(drugId)) &&
    (query === undefined || isShortString(query)) &&
    (drugId !== undefined || query !== undefined)
  );
}

const PAYLOAD_CHECKS: { [T in MessageType]: (p: unknown) => boolean } = {
  getLexicon: isEmpty,
  getCard: isDrugIdPayload,
  openEvidence: isEvidenceTarget,
  listPageDrugs: isEmpty,
  revealDrug: isDrugIdPayload,
  frameDrugs: (p) => {
    if (typeof p !== 'object' || p === null || Object.keys(p).length !== 1) return false;
    const { drugs } = p as { drugs?: unknown };
    return Array.isArray(drugs) && drugs.length <= MAX_PAGE_DRUGS && drugs.every(isPageDrug);
  },
};

/** A request of a known type whose payload has exactly the expected shape. */
export function isValidRequest(message: unknown): message is Request {
  if (typeof message !== 'object' || message === null) return false;
  const { type, payload, ...rest } = message as { type?: unknown; payload?: unknown };
  if (Object.keys(rest).length || typeof type !== 'string' || !Object.hasOwn(PAYLOAD_CHECKS, type))
    return false;
  return PAYLOAD_CHECKS[type as MessageType](payload);
}

export function request<T extends MessageType>(
  type: T,
  payload: MessageMap[T]['payload'],
): Request<T> {
  return { type, payload };
}
