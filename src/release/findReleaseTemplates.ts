import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../assets/packageRoot.js';
import type { TemplateFile, TemplateFiles } from '../template/findTemplateFiles.js';

/** The two forms of the press release: the web page and the e-mail text. */
export type ReleaseKind = 'html' | 'txt';

/**
 * The templates of one form of the release: built-in `templates/release/<kind>/`
 * (`layout.hbs` and `partials/*.hbs`), or a user's `<userDir>/release/<kind>/`
 * whose files replace the built-in ones of the same name. A user folder
 * without a release layout uses the built-in one.
 */
export function findReleaseTemplates(kind: ReleaseKind, userDir?: string): Omit<TemplateFiles, 'theme'> {
  const builtinDir = join(packageRoot(), 'templates', 'release', kind);
  const builtin = (rel: string): TemplateFile => ({ path: join(builtinDir, rel), label: `release/${kind}/${rel}` });
  const partials = new Map<string, TemplateFile>();
  addPartials(partials, builtinDir, builtin);
  let layout = builtin('layout.hbs');
  if (userDir !== undefined) {
    const userDirOfKind = join(userDir, 'release', kind);
    const user = (rel: string): TemplateFile => ({ path: join(userDirOfKind, rel), label: join(userDirOfKind, rel) });
    addPartials(partials, userDirOfKind, user);
    if (existsSync(user('layout.hbs').path)) {
      layout = user('layout.hbs');
    }
  }
  return { layout, partials };
}

function addPartials(into: Map<string, TemplateFile>, dir: string, file: (rel: string) => TemplateFile): void {
  const partialsDir = join(dir, 'partials');
  if (!existsSync(partialsDir)) return;
  for (const name of readdirSync(partialsDir).sort()) {
    if (name.endsWith('.hbs')) into.set(name.slice(0, -'.hbs'.length), file(`partials/${name}`));
  }
}
