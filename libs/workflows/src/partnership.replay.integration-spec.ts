import { Worker } from '@temporalio/worker';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { installQuietTemporalRuntime } from '../../../test/support/temporal-runtime.js';
import { stackValue } from '../../../test/support/test-stack.js';

const HISTORIES = path.resolve(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'histories');
/** One folder per workflow type: each type needs its saved histories. */
const WORKFLOW_TYPES = ['partnership', 'webhook-delivery'];

async function savedHistories(types = WORKFLOW_TYPES) {
  const saved = await Promise.all(
    types.map(async (type) => {
      const folder = path.join(HISTORIES, type);
      const files = (await readdir(folder)).filter((file) => file.endsWith('.json')).sort();
      return Promise.all(
        files.map(async (file) => ({
          workflowId: `${type}/${path.basename(file, '.json')}`,
          history: JSON.parse(await readFile(path.join(folder, file), 'utf8')),
        })),
      );
    }),
  );
  return saved.flat();
}

describe('replaying workflow histories recorded from shipped workflow code', () => {
  it.each(WORKFLOW_TYPES)('has saved %s histories to replay', async (type) => {
    await expect(savedHistories([type])).resolves.not.toHaveLength(0);
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
