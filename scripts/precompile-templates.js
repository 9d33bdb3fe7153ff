// Precompiles the built-in templates at build time (after tsc): writes
// dist/template/precompiled.json, the Handlebars spec of every built-in
// template keyed by its source, so that a start-up with unchanged built-in
// templates skips parsing and compiling them. A template edited later, or a
// user's own, is compiled at run time as before.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { findTemplateFiles } from '../dist/template/findTemplateFiles.js';
import { templateSpecs } from '../dist/template/compileTemplates.js';
import { PRECOMPILED_FILE } from '../dist/template/precompiledSpecs.js';

const root = resolve(import.meta.dirname, '..');
const specs = {};
for (const format of ['handout', 'slides']) {
  for (const [key, spec] of templateSpecs(findTemplateFiles(format))) specs[key] = spec;
}
const out = resolve(root, PRECOMPILED_FILE);
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify({ specs }));
