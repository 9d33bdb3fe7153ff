// The entry of the startup snapshot: scripts/build-snapshot.js bundles it into
// one CommonJS script and runs it under `node --build-snapshot`. Every module
// the CLI needs for a render is evaluated here, and a warm-up render of the
// sample briefing (handout and slides, in memory) compiles their code; then
// every cache that holds something read from a file (image sizes, locale
// words) is emptied, so a process started from the snapshot reads them and
// the data at run time. The fonts the warm-up parsed are kept, with the tables
// fontkit decoded and the words it shaped, and so are the compiled template
// sets, but a process uses one only after reading its files and finding them
// the same (src/assets/loadFontFile.ts, src/template/loadTemplateSet.ts);
// otherwise they are read and compiled anew.
import { restoreGlobals } from './snapshot-globals.js';
import v8 from 'node:v8';
import hyphenRu from 'hyphen/ru';
import hyphenEnUs from 'hyphen/en-us';
import { main } from '../dist/cli/main.js';
import { dropCaches } from '../dist/cli/runners/inProcessRunner.js';
import { keepTemplatesForSnapshot } from '../dist/template/loadTemplateSet.js';
import { providePatterns } from '../dist/layout/typography/hyphenator.js';
import { keepFontsForSnapshot } from '../dist/assets/fontLibrary.js';
import { forgetImageSizes } from '../dist/assets/imageLibrary.js';
import { loadBriefing, renderBriefing } from '../dist/pipeline.js';

restoreGlobals();
providePatterns('ru', hyphenRu);
providePatterns('en-us', hyphenEnUs);

async function warmUp(sample) {
  if (sample) {
    const briefing = await loadBriefing(sample);
    for (const format of ['handout', 'slides']) await renderBriefing(briefing, { format });
  }
  keepFontsForSnapshot();
  keepTemplatesForSnapshot();
  forgetImageSizes();
  await dropCaches('everything');
}

warmUp(process.env.BRIEFING_SNAPSHOT_SAMPLE).catch((error) => {
  console.error(error);
  process.exit(1);
});

v8.startupSnapshot.setDeserializeMainFunction(() => {
  // process.argv is [node, ...the command line] here (no script name).
  main(process.argv.slice(1)).then((code) => {
    process.exitCode = code;
  });
});
