import { describe, expect, it } from 'vitest';
import { isValidRequest } from '../../src/core/messages';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/core/settings';

describe('message validation', () => {
  it('accepts well-formed requests', () => {
    expect(isValidRequest({ type: 'getLexicon', payload: {} })).toBe(true);
    expect(isValidRequest({ type: 'getCard', payload: { drugId: 'baclofen' } })).toBe(true);
    expect(isValidRequest({ type: 'openEvidence', payload: { query: 'baclofen for back pain' } })).toBe(true);
  });

  it('rejects unknown types, extra fields, bad ids and oversized text', () => {
    expect(isValidRequest({ type: 'eval', payload: {} })).toBe(false);
    expect(isValidRequest({ type: 'getLexicon', payload: {}, extra: 1 })).toBe(false);
    expect(isValidRequest({ type: 'getCard', payload: { drugId: '../../etc/passwd' } })).toBe(false);
    expect(isValidRequest({ type: 'getCard', payload: { drugId: 'x', more: 1 } })).toBe(false);
    expect(isValidRequest({ type: 'openEvidence', payload: { query: 'x'.repeat(501) } })).toBe(false);
    expect(isValidRequest({ type: 'openEvidence', payload: {} })).toBe(false);
    expect(isValidRequest('getLexicon')).toBe(false);
    expect(isValidRequest({ type: 'toString', payload: {} })).toBe(false);
  });
});

describe('settings', () => {
  it('falls back to defaults with a notice when storage is corrupted', () => {
    expect(parseSettings({ enabled: 'yes', disabledSites: 3, reader: 'x' })).toEqual({ settings: DEFAULT_SETTINGS, notice: expect.stringContaining('reset') });
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, notice: null });
    expect(parseSettings({ enabled: false, disabledSites: ['ehr.example'], reader: 'patient' }).settings.reader).toBe('patient');
  });
});
