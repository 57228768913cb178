import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { SERVER_ONLY_HOOK } from './node-args';

/** Runs an ES module snippet in a fresh Node from the repo root, with the given flags. */
function node(flags: string[], code: string) {
  return spawnSync(process.execPath, [...flags, '--input-type=module', '-e', code], {
    encoding: 'utf8',
  });
}

describe('the server-only hook for plain Node processes', () => {
  it('plain Node throws on a server-only module: the marker is real', () => {
    const run = node([], "import 'server-only';");
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('cannot be imported from a Client Component');
  });

  it('with the hook, server-only loads as its empty module', () => {
    const run = node(['--import', SERVER_ONLY_HOOK], "import 'server-only'; console.log('ok');");
    expect(run.stderr).toBe('');
    expect(run.stdout.trim()).toBe('ok');
  });

  it('leaves every other package alone: React stays its full build, not the react-server one', () => {
    const code = "import * as React from 'react'; console.log(typeof React.useState);";
    expect(node(['--import', SERVER_ONLY_HOOK], code).stdout.trim()).toBe('function');
    const server = node(['--conditions=react-server'], code);
    expect(server.stdout.trim()).toBe('undefined');
  });
});
