// Prebuilds the Temporal workflow bundle into dist/, used by `npm start` and the Docker image.
import path from 'node:path';
import { writeWorkflowBundle } from '../apps/worker/src/workflow-bundle.js';

const outFile = path.resolve(import.meta.dirname, '..', process.argv[2] ?? 'dist/workflow-bundle.js');
await writeWorkflowBundle(outFile);
console.log(`accord: workflow bundle written to ${path.relative(process.cwd(), outFile)}`);
