// The shapes of the staged source records (see each folder's SOURCES.md).

export interface RawLabel {
  set_id: string;
  spl_id?: string;
  version?: string | null;
  effective_time?: string | null;
  openfda: Partial<Record<string, string[]>>;
  sections: Record<string, string>;
  source?: string;
}
