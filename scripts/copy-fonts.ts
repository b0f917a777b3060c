/**
 * Copies the label fonts from @fontsource into public/fonts so MapLibre can draw map labels with
 * files the app serves itself (no glyph server, nothing fetched from another host).
 */
import { copyFileSync, mkdirSync } from 'node:fs';
import { MAP_FONT_FILES } from '../lib/map-fonts';

mkdirSync('public/fonts', { recursive: true });
for (const { file, source } of MAP_FONT_FILES) {
  copyFileSync(`node_modules/${source}`, `public/fonts/${file}`);
}
console.log(`fonts: copied ${MAP_FONT_FILES.length} files to public/fonts`);
