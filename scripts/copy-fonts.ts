/**
 * Copies the label fonts from @fontsource into public/fonts so MapLibre can draw map labels with
 * files the app serves itself (no glyph server, nothing fetched from another host).
 */
import { copyFileSync, mkdirSync } from 'node:fs';

const FILES: Record<string, string> = {
  'noto-sans-latin-400.woff2': '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2',
  'noto-sans-cyrillic-400.woff2': '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2',
  'noto-sans-hebrew-400.woff2':
    '@fontsource/noto-sans-hebrew/files/noto-sans-hebrew-hebrew-400-normal.woff2',
  'noto-sans-arabic-400.woff2':
    '@fontsource/noto-sans-arabic/files/noto-sans-arabic-arabic-400-normal.woff2',
};

mkdirSync('public/fonts', { recursive: true });
for (const [target, source] of Object.entries(FILES)) {
  copyFileSync(`node_modules/${source}`, `public/fonts/${target}`);
}
console.log(`fonts: copied ${Object.keys(FILES).length} files to public/fonts`);
