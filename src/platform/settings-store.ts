// Settings in storage.local, validated on read (see core/settings).
import browser from 'webextension-polyfill';
import { DEFAULT_SETTINGS, SETTINGS_KEY, parseSettings, type Settings } from '../core/settings';

export async function loadSettings(): Promise<{ settings: Settings; notice: string | null }> {
  try {
    const { settings, notice } = parseSettings(
      (await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY],
    );
    if (notice) await browser.storage.local.set({ [SETTINGS_KEY]: settings });
    return { settings, notice };
  } catch {
    return {
      settings: { ...DEFAULT_SETTINGS },
      notice: 'Settings could not be read; the defaults are in use.',
    };
  }
}

export async function updateSettings(change: Partial<Settings>): Promise<Settings> {
  const { settings } = await loadSettings();
  const next = { ...settings, ...change };
  await browser.storage.local.set({ [SETTINGS_KEY]: next });
  return next;
}
