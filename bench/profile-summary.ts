import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

/**
 * Where a `node --cpu-prof` profile's busy time went: self time by function and by package or
 * source folder, as shares of the samples that were not idle.
 */
export async function summariseProfile(file: string, whose: string, requests: number, top = 25): Promise<string> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, index) => selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0)));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node.id);
  const inclusive = new Map<string, number>();
  const byFunction = new Map<string, number>();
  const byPlace = new Map<string, number>();
  let busy = 0;
  for (const [id, micros] of selfTime) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || ['(idle)', '(program)'].includes(frame.functionName)) continue;
    busy += micros;
    const where = placeOf(frame.url);
    const name = `${frame.functionName || '(anonymous)'} ${where}:${frame.lineNumber + 1}`;
    byFunction.set(name, (byFunction.get(name) ?? 0) + micros);
    byPlace.set(where.split(':')[0], (byPlace.get(where.split(':')[0]) ?? 0) + micros);
    // Inclusive time: each frame on the stack once, for the layers a request passes through.
    const counted = new Set<string>();
    for (let node = byId.get(id); node; node = byId.get(parentOf.get(node.id) ?? -1)) {
      const { functionName, url, lineNumber } = node.callFrame;
      if (!functionName || url.startsWith('node:') || !url) continue;
      const key = `${functionName} ${placeOf(url)}:${lineNumber + 1}`;
      if (counted.has(key)) continue;
      counted.add(key);
      inclusive.set(key, (inclusive.get(key) ?? 0) + micros);
    }
  }
  const table = (rows: Map<string, number>, length = top) =>
    [...rows]
      .sort((a, b) => b[1] - a[1])
      .slice(0, length)
      .map(([name, micros]) => `| ${name} | ${(micros / 1000).toFixed(0)} | ${((100 * micros) / busy).toFixed(1)}% |`);
  return [
    `# Where ${whose}'s busy CPU went (${file.split('/').at(-1)})`,
    '',
    `${(busy / 1e6).toFixed(1)} s busy over ${requests} requests, start-up included: ${(busy / 1000 / requests).toFixed(2)} ms a request. ` +
      'Self time by package or source folder, then by function (built-ins such as JSON.stringify count in their caller).',
    '',
    '| package or folder | self ms | share of busy |',
    '|---|---|---|',
    ...table(byPlace),
    '',
    '| function | self ms | share of busy |',
    '|---|---|---|',
    ...table(byFunction),
    '',
    '| named function, with what it calls (inclusive) | ms | share of busy |',
    '|---|---|---|',
    ...table(inclusive, 40),
    '',
  ].join('\n');
}

function placeOf(url: string): string {
  if (!url) return '(native)';
  const modules = url.lastIndexOf('node_modules/');
  if (modules >= 0) {
    const parts = url.slice(modules + 'node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (url.startsWith('node:')) return url;
  const dist = url.indexOf('/dist/');
  return dist >= 0
    ? url
        .slice(dist + 6)
        .split('/')
        .slice(0, 3)
        .join('/')
    : url;
}
