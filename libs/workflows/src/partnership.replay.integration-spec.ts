import { Worker } from '@temporalio/worker';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { installQuietTemporalRuntime } from '../../../test/support/temporal-runtime.js';
import { stackValue } from '../../../test/support/test-stack.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'histories', 'partnership');

async function savedHistories() {
  const files = (await readdir(FIXTURES)).filter((file) => file.endsWith('.json')).sort();
  return Promise.all(
    files.map(async (file) => ({
      workflowId: path.basename(file, '.json'),
      history: JSON.parse(await readFile(path.join(FIXTURES, file), 'utf8')),
    })),
  );
}

describe('replaying partnership histories recorded from shipped workflow code', () => {
  it('has saved histories to replay', async () => {
    await expect(savedHistories()).resolves.not.toHaveLength(0);
  });

  it('replays every saved history without a determinism error', async () => {
    installQuietTemporalRuntime();
    const histories = await savedHistories();
    const outcomes: { workflowId: string; error?: string }[] = [];
    for await (const result of Worker.runReplayHistories({ workflowBundle: { codePath: stackValue('workflowBundlePath') } }, histories)) {
      outcomes.push({ workflowId: result.workflowId, error: result.error?.message });
    }
    expect(outcomes).toEqual(histories.map(({ workflowId }) => ({ workflowId, error: undefined })));
  });
});
