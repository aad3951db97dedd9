// User settings in storage.local, validated on every read: corrupted or foreign values fall
// back to defaults and say so, rather than crash.
import type { Reader } from './evidence-types';

export interface Settings {
  /** the global switch (options page) */
  enabled: boolean;
  /** hosts where highlighting is off (popup switch) */
  disabledSites: string[];
  reader: Reader;
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [], reader: 'clinician' };
export const SETTINGS_KEY = 'settings';

export function parseSettings(raw: unknown): { settings: Settings; notice: string | null } {
  if (raw === undefined) return { settings: { ...DEFAULT_SETTINGS }, notice: null };
  const r = raw as Partial<Record<keyof Settings, unknown>>;
  const valid =
    typeof r === 'object' &&
    r !== null &&
    typeof r.enabled === 'boolean' &&
    Array.isArray(r.disabledSites) &&
    r.disabledSites.length <= 10000 &&
    r.disabledSites.every((s) => typeof s === 'string' && s.length <= 255) &&
    (r.reader === 'clinician' || r.reader === 'patient');
  if (!valid)
    return {
      settings: { ...DEFAULT_SETTINGS },
      notice: 'Saved settings were unreadable and have been reset to the defaults.',
    };
  return {
    settings: {
      enabled: r.enabled as boolean,
      disabledSites: r.disabledSites as string[],
      reader: r.reader as Reader,
    },
    notice: null,
  };
}

export function highlightingOn(settings: Settings, host: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(host);
}
