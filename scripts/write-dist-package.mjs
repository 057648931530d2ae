// The build's own package.json: the compiled code imports libraries by name (#domain, …) as the
// sources do, and Node resolves those names from the nearest package.json, so dist/ maps each
// name to its compiled entry (index.js) where the project's maps it to the TypeScript one.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from './prepare.mjs';

const { imports } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8'));
const compiled = Object.fromEntries(Object.entries(imports).map(([name, entry]) => [name, entry.replace(/\.ts$/, '.js')]));
writeFileSync(path.join(projectRoot, 'dist', 'package.json'), `${JSON.stringify({ type: 'module', imports: compiled }, null, 2)}\n`);
