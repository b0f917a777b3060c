import { describe, expect, it } from 'vitest';
import {
  linkScope,
  parseAsCountry,
  parseAsLang,
  parseAsLayers,
  parseAsPair,
  parseAsSort,
  parseAsView,
  parseLayerList,
  serializeView,
} from '@/lib/search-params';

describe('the link parsers', () => {
  it('read country codes in any case, with stray spaces', () => {
    expect(parseAsCountry.parse(' kaz ')).toBe('KAZ');
    expect(parseAsPair.parse(' isr~kaz ')).toEqual(['ISR', 'KAZ']);
  });

  it('read a pair only as two known, different countries', () => {
    expect(parseAsPair.parse('KAZ~ISR~UZB')).toBeNull();
    expect(parseAsPair.parse('KAZ')).toBeNull();
    expect(parseAsPair.parse('KAZ~XXX')).toBeNull();
    expect(parseAsPair.parse('XXX~KAZ')).toBeNull();
    expect(parseAsPair.parse('UZB~ARE')).toEqual(['ARE', 'UZB']);
  });

  it('tell pairs apart by both countries', () => {
    expect(parseAsPair.eq(['ISR', 'KAZ'], ['ISR', 'KAZ'])).toBe(true);
    expect(parseAsPair.eq(['ISR', 'KAZ'], ['ISR', 'UZB'])).toBe(false);
    expect(parseAsPair.eq(['ARE', 'KAZ'], ['ISR', 'KAZ'])).toBe(false);
  });

  it('ignore a layer list with no known layer', () => {
    expect(parseLayerList('volcanoes~lava')).toBeNull();
    expect(parseLayerList('volcanoes~ties')).toEqual(['ties']);
  });

  it('tell layer lists apart by every layer, in order', () => {
    expect(parseAsLayers.eq(['accords', 'ties'], ['accords', 'ties'])).toBe(true);
    expect(parseAsLayers.eq(['accords', 'ties'], ['accords', 'minerals'])).toBe(false);
    expect(parseAsLayers.eq(['accords'], ['accords', 'ties'])).toBe(false);
  });

  it('read the view and the language in any case, with stray spaces', () => {
    expect(parseAsView.parse(' Table ')).toBe('table');
    expect(parseAsLang.parse(' RU')).toBe('ru');
    expect(parseAsLang.parse('de')).toBeNull();
  });

  it('tell sort orders apart by column and by direction', () => {
    expect(parseAsSort.eq(parseAsSort.parse('-status')!, parseAsSort.parse('-status')!)).toBe(true);
    expect(parseAsSort.eq(parseAsSort.parse('status')!, parseAsSort.parse('-status')!)).toBe(false);
    expect(parseAsSort.eq(parseAsSort.parse('status')!, parseAsSort.parse('name')!)).toBe(false);
  });

  it('check projects against the ids of the dataset they were given', () => {
    const scope = linkScope({ minerals: { projects: [{ id: 'upper-kairakty' }, { id: 'b-2' }] } });
    expect([...scope.projectIds]).toEqual(['upper-kairakty', 'b-2']);
  });

  it('write a project into the link', () => {
    expect(serializeView({ project: 'upper-kairakty' })).toBe('?project=upper-kairakty');
  });
});
