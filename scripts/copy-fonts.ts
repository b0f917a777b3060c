/**
 * Copies the fonts from @fontsource into public/fonts so MapLibre can draw map labels, and the
 * interface its text, with files the app serves itself (no glyph server, nothing fetched from
 * another host; lib/fonts.ts).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { SERVED_FONT_FILES } from '../lib/fonts';

mkdirSync('public/fonts', { recursive: true });
for (const { file, source } of SERVED_FONT_FILES) {
  copyFileSync(`node_modules/${source}`, `public/fonts/${file}`);
}
console.log(`fonts: copied ${SERVED_FONT_FILES.length} files to public/fonts`);
