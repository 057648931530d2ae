// Jest loads global set-up through Node itself, outside its transform pipeline, so the
// TypeScript stack code is loaded with tsx.
import { tsImport } from 'tsx/esm/api';

export default async function globalSetup() {
  const { startTestStack } = await tsImport('./test-stack-lifecycle.ts', import.meta.url);
  await startTestStack();
}
