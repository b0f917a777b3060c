/**
 * The URL contract (../shared/spec/links.md), declared once. Server pages parse with
 * `loadViewParams`, client components read and write with `useQueryStates(VIEW_PARAMS)`, and
 * links are built with `serializeView`. Each parser is total: a bad value parses to null and the
 * key falls back to its default.
 */
import { createLoader, createParser, createSerializer } from 'nuqs/server';
import { type Camera, camerasEqual, formatCamera, parseCamera } from './camera';
import { isDatasetIso3, type DatasetIso3 } from './data/queries';

/** `country=kaz` → "KAZ"; codes outside the dataset are ignored. */
export const parseAsCountry = createParser<DatasetIso3>({
  parse: (value) => {
    const code = value.trim().toUpperCase();
    return isDatasetIso3(code) ? code : null;
  },
  serialize: (code) => code,
});

/** `map=zoom/lat/lon`, rounded to 2/4/4 decimals. */
export const parseAsCamera = createParser<Camera>({
  parse: parseCamera,
  serialize: formatCamera,
  eq: camerasEqual,
});

/** Keys in the canonical order of links.md. */
export const VIEW_PARAMS = {
  country: parseAsCountry,
  map: parseAsCamera,
};

export const loadViewParams = createLoader(VIEW_PARAMS);
export const serializeView = createSerializer(VIEW_PARAMS);
