// A lookup handed from the background (context menu, hover card) to the side panel.
import { isEvidenceTarget } from './messages';

export const LOOKUP_KEY = 'rxLensLookup';

export interface Lookup {
  drugId?: string;
  query?: string;
  /** Date.now() when handed over */
  at: number;
}

export function isValidLookup(v: unknown): v is Lookup {
  if (typeof v !== 'object' || v === null) return false;
  const { at, ...target } = v as Record<string, unknown>;
  return typeof at === 'number' && isEvidenceTarget(target);
}
