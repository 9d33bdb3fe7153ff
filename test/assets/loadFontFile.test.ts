import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keepParsedFontsForSnapshot, loadFontFile } from '../../src/assets/loadFontFile.js';
import { packageRoot } from '../../src/assets/packageRoot.js';

const fontFile = (name: string) => join(packageRoot(), 'fonts', name);

describe('loadFontFile and the fonts kept in the startup snapshot', () => {
  it('parses a file once per process', () => {
    const path = join(mkdtempSync(join(tmpdir(), 'briefing-font-')), 'a.ttf');
    copyFileSync(fontFile('PTSans-Regular.ttf'), path);
    expect(loadFontFile(path)).toBe(loadFontFile(path));
  });

  it('uses a kept font again only while its file has the same bytes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'briefing-font-'));
    const same = join(dir, 'same.ttf');
    const changed = join(dir, 'changed.ttf');
    copyFileSync(fontFile('PTSans-Regular.ttf'), same);
    copyFileSync(fontFile('PTSans-Regular.ttf'), changed);
    const keptSame = loadFontFile(same);
    const keptChanged = loadFontFile(changed);
    keepParsedFontsForSnapshot();
    // As after start-up from the snapshot: one file is unchanged, the other now holds another font.
    copyFileSync(fontFile('PTSerif-Bold.ttf'), changed);
    expect(loadFontFile(same)).toBe(keptSame);
    const reparsed = loadFontFile(changed);
    expect(reparsed).not.toBe(keptChanged);
    expect(reparsed.postscriptName).toBe('PTSerif-Bold');
    expect(keptChanged.postscriptName).toBe('PTSans-Regular');
  });
});
