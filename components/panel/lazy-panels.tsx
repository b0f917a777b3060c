'use client';

import dynamic from 'next/dynamic';

// Each selection's panel is its own chunk: the default view (the overview) does not load the code
// of the country, pair and project panels. A deep link's panel is still rendered in the server's
// HTML, and its chunk is requested with the page's.
export const CountryPanel = dynamic(() => import('./country-panel').then((m) => m.CountryPanel));
export const PairPanel = dynamic(() => import('./pair-panel').then((m) => m.PairPanel));
export const ProjectPanel = dynamic(() => import('./project-panel').then((m) => m.ProjectPanel));
