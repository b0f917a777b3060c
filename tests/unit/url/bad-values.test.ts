import { describe, expect, it } from 'vitest';
import { diagnoseLink } from '@/lib/link-diagnosis';

/** No dataset ids are needed: these keys are checked by their shape alone. */
const NO_PROJECTS = { projectIds: new Set<string>() };
const diagnose = (query: string) => diagnoseLink(new URLSearchParams(query), NO_PROJECTS);

describe('a pair naming one country twice', () => {
  it.each(['KAZ~KAZ', 'kaz~KAZ'])('is refused with a notice (%s), never opened', (value) => {
    const { view, notices, canonical } = diagnose(`pair=${value}`);
    expect(view.pair).toBeNull();
    expect(notices).toEqual([{ key: 'pair', reason: 'invalid', value }]);
    expect(canonical).toBe('');
  });
});

describe('control characters in a notice', () => {
  it('are shown as replacement characters, bidi controls included', () => {
    const raw = 'A\u0000B\u001fC\u007fD\u009fE\u202eF';
    const { notices } = diagnoseLink(new URLSearchParams({ country: raw }), NO_PROJECTS);
    expect(notices).toEqual([{ key: 'country', reason: 'invalid', value: 'A�B�C�D�E�F' }]);
  });
});
