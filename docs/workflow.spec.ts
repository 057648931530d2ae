import { canMove, canWithdraw, isTerminalStage, PARTNERSHIP_STAGES } from '#domain';
import { expectInStep } from './in-step.js';
import { fencedBlock, readRepositoryFile, section, tableRows } from './markdown.js';

const START_OR_END = '[*]';

interface Diagram {
  stages: Set<string>;
  moves: Set<string>;
  starts: Set<string>;
  ends: Set<string>;
}

const move = (from: string, to: string): string => `${from} --> ${to}`;

/** The states and arrows of a Mermaid stateDiagram-v2; a line it does not understand is an error, not skipped. */
function parseStateDiagram(source: string): Diagram {
  const [header, ...lines] = source.split('\n').map((line) => line.trim());
  expect(header).toBe('stateDiagram-v2');
  const diagram: Diagram = { stages: new Set(), moves: new Set(), starts: new Set(), ends: new Set() };
  for (const line of lines.filter((line) => line !== '' && !line.startsWith('%%'))) {
    const arrow = /^(\S+) --> (\S+)(?: : .+)?$/.exec(line);
    if (!arrow) throw new Error(`not a state diagram arrow: "${line}"`);
    const [, from, to] = arrow;
    if (from === START_OR_END) diagram.starts.add(to);
    else if (to === START_OR_END) diagram.ends.add(from);
    else diagram.moves.add(move(from, to));
    for (const stage of [from, to]) if (stage !== START_OR_END) diagram.stages.add(stage);
  }
  return diagram;
}

const allowedMoves = (): string[] =>
  PARTNERSHIP_STAGES.flatMap((from) => PARTNERSHIP_STAGES.filter((to) => canMove(from, to)).map((to) => move(from, to)));

describe('docs/workflow.md', () => {
  const page = readRepositoryFile('docs/workflow.md');
  const diagram = parseStateDiagram(fencedBlock(page, 'mermaid'));

  it('draws every stage of the code, and no other', () => {
    expectInStep('the stages of the diagram', diagram.stages, PARTNERSHIP_STAGES);
  });

  it('draws every move the domain allows, and no other', () => {
    expectInStep('the moves of the diagram', diagram.moves, allowedMoves());
  });

  it('starts at draft and ends only at the terminal stages', () => {
    expectInStep('the start of the diagram', diagram.starts, [PARTNERSHIP_STAGES[0]]);
    expectInStep('the ends of the diagram', diagram.ends, PARTNERSHIP_STAGES.filter(isTerminalStage));
  });

  it('explains every move in its table, and no other', () => {
    const explained = tableRows(section(page, 'What moves each stage on')).flatMap(({ from, to }) =>
      from === 'any stage before active' ? PARTNERSHIP_STAGES.filter(canWithdraw).map((stage) => move(stage, to)) : [move(from, to)],
    );
    expectInStep('the table of what moves each stage on', explained, allowedMoves());
  });
});
