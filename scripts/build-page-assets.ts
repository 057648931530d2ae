// Part of `npm run build`: what the compiler does not carry into dist/ for the published pages and
// the web pages (apps/web).
// Stylesheets are compiled from Sass (GOV.UK Frontend) into an assets/ folder beside the compiled
// code of the pages that use them; Nunjucks templates are copied beside the code that renders them.
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as sass from 'sass';

const root = path.resolve(import.meta.dirname, '..');
const dist = path.join(root, 'dist');
const STYLESHEETS = ['apps/api/src/decision-pages/decision-page.scss', 'apps/web/src/web.scss'];

async function compileStylesheets(): Promise<void> {
  for (const source of STYLESHEETS) {
    const assets = path.join(dist, path.dirname(source), 'assets');
    await mkdir(assets, { recursive: true });
    const { css } = sass.compile(path.join(root, source), {
      loadPaths: [path.join(root, 'node_modules')],
      style: 'compressed',
      quietDeps: true,
    });
    await writeFile(path.join(assets, `${path.basename(source, '.scss')}.css`), css);
  }
}

async function copyTemplates(): Promise<void> {
  for (const folder of ['apps', 'libs']) {
    const entries = await readdir(path.join(root, folder), { recursive: true, withFileTypes: true });
    for (const entry of entries.filter((file) => file.isFile() && file.name.endsWith('.njk'))) {
      const source = path.join(entry.parentPath, entry.name);
      await cp(source, path.join(dist, path.relative(root, source)));
    }
  }
}

await Promise.all([compileStylesheets(), copyTemplates()]);
