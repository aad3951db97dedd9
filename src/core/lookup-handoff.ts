// A lookup handed from the background (context menu, hover card) to the side panel.
export const LOOKUP_KEY = 'rxLensLookup';

export interface Lookup {
  drugId?: string;
  query?: string;
  /** Date.now() when handed over */
  at: number;
}

export function isValidLookup(v: unknown): v is Lookup {
  if (typeof v !== 'object' || v === null) return false;
  const { drugId, query, at, ...rest } = v as Record<string, unknown>;
  return (
    Object.keys(rest).length === 0 &&
    typeof at === 'number' &&
    (drugId === undefined ||
      (typeof drugId === 'string' && /^[a-z0-9][a-z0-9-]{0,120}$/.test(drugId))) &&
    (query === undefined ||
      (typeof query === 'string' && query.length > 0 && query.length <= 500)) &&
    (drugId !== undefined || query !== undefined)
  );
}
