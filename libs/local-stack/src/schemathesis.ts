import { access, constants } from 'node:fs/promises';
import path from 'node:path';
import { installPythonTool } from './python-tool-venv.js';

/** The pinned OpenAPI fuzzer that the test suite runs against a throwaway API. */
export const SCHEMATHESIS_REQUIREMENT = 'schemathesis==4.32.5';

/** How to start schemathesis: a command and the arguments that come before its own. */
export interface SchemathesisCommand {
  command: string;
  args: string[];
}

/**
 * schemathesis from the project's own virtualenv (`<toolsDir>/schemathesis`), installed from
 * PyPI on first use, as the Temporal wheels are. It runs as `python -m schemathesis.cli`: the
 * `st` script names the interpreter by the path the virtualenv was built at, before it was
 * renamed into place.
 */
export async function ensureSchemathesis(options: { toolsDir: string; log?: (line: string) => void }): Promise<SchemathesisCommand> {
  const venv = path.join(options.toolsDir, 'schemathesis');
  const python = path.join(venv, 'bin', 'python');
  const installed = await access(path.join(venv, 'bin', 'st'), constants.F_OK).then(
    () => true,
    () => false,
  );
  if (!installed) await installPythonTool(options.toolsDir, 'schemathesis', [SCHEMATHESIS_REQUIREMENT], options.log ?? (() => undefined));
  return { command: python, args: ['-m', 'schemathesis.cli'] };
}
