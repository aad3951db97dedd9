import { describe, expect, it } from 'vitest';
import { MAX_PAGE_DRUGS, isValidRequest } from '../../src/core/messages';
import { isValidLookup } from '../../src/core/lookup-handoff';
import { mergePageDrugs } from '../../src/core/page-drugs';
import { DEFAULT_SETTINGS, parseSettings } from '../../src/core/settings';

describe('message validation', () => {
  it('accepts well-formed requests', () => {
    expect(isValidRequest({ type: 'getLexicon', payload: {} })).toBe(true);
    expect(isValidRequest({ type: 'getCard', payload: { drugId: 'baclofen' } })).toBe(true);
    expect(
      isValidRequest({ type: 'openEvidence', payload: { query: 'baclofen for back pain' } }),
    ).toBe(true);
  });

  it('rejects unknown types, extra fields, bad ids and oversized text', () => {
    expect(isValidRequest({ type: 'eval', payload: {} })).toBe(false);
    expect(isValidRequest({ type: 'getLexicon', payload: {}, extra: 1 })).toBe(false);
    expect(isValidRequest({ type: 'getCard', payload: { drugId: '../../etc/passwd' } })).toBe(
      false,
    );
    expect(isValidRequest({ type: 'getCard', payload: { drugId: 'x', more: 1 } })).toBe(false);
    expect(isValidRequest({ type: 'openEvidence', payload: { query: 'x'.repeat(501) } })).toBe(
      false,
    );
    expect(isValidRequest({ type: 'openEvidence', payload: {} })).toBe(false);
    expect(isValidRequest('getLexicon')).toBe(false);
    expect(isValidRequest({ type: 'toString', payload: {} })).toBe(false);
  });
});

describe('settings', () => {
  it('falls back to defaults with a notice when storage is corrupted', () => {
    expect(parseSettings({ enabled: 'yes', disabledSites: 3, reader: 'x' })).toEqual({
      settings: DEFAULT_SETTINGS,
      notice: expect.stringContaining('reset'),
    });
    expect(parseSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, notice: null });
    expect(
      parseSettings({ enabled: false, disabledSites: ['ehr.example'], reader: 'patient' }).settings
        .reader,
    ).toBe('patient');
  });
});

describe('frame reports and hand-overs', () => {
  const drug = { drugId: 'warfarin', name: 'warfarin', names: ['Warfarin'], count: 1 };

  it('accepts a frame drug list of the right shape and size only', () => {
    expect(isValidRequest({ type: 'frameDrugs', payload: { drugs: [drug] } })).toBe(true);
    expect(
      isValidRequest({ type: 'frameDrugs', payload: { drugs: [{ ...drug, count: 0 }] } }),
    ).toBe(false);
    expect(
      isValidRequest({ type: 'frameDrugs', payload: { drugs: [{ ...drug, html: '<b>' }] } }),
    ).toBe(false);
    expect(
      isValidRequest({
        type: 'frameDrugs',
        payload: { drugs: [{ ...drug, names: Array(21).fill('x') }] },
      }),
    ).toBe(false);
    expect(
      isValidRequest({
        type: 'frameDrugs',
        payload: { drugs: Array(MAX_PAGE_DRUGS + 1).fill(drug) },
      }),
    ).toBe(false);
  });

  it('merges frames after the top frame, adding counts and names', () => {
    let list = mergePageDrugs([], 0, [
      { drugId: 'metoprolol', name: 'metoprolol', names: ['metoprolol'], count: 1 },
    ]);
    list = mergePageDrugs(list, 7, [
      drug,
      { drugId: 'metoprolol', name: 'metoprolol', names: ['Metoprolol tartrate'], count: 2 },
    ]);
    expect(list).toEqual([
      {
        drugId: 'metoprolol',
        name: 'metoprolol',
        names: ['metoprolol', 'Metoprolol tartrate'],
        count: 3,
        frameId: 0,
      },
      { ...drug, frameId: 7 },
    ]);
  });

  it('takes only well-formed lookups for the side panel', () => {
    expect(isValidLookup({ query: 'Flexeril', at: 1 })).toBe(true);
    expect(isValidLookup({ drugId: 'baclofen', at: 1 })).toBe(true);
    expect(isValidLookup({ at: 1 })).toBe(false);
    expect(isValidLookup({ drugId: 'NOT AN ID', at: 1 })).toBe(false);
    expect(isValidLookup({ query: 'x'.repeat(501), at: 1 })).toBe(false);
    expect(isValidLookup({ query: 'x', at: 1, extra: true })).toBe(false);
  });
});
