import { defineCommand, runCommand, runMain } from 'citty';
import { EnvError } from '../lib/env';
import { MeiliLayerError } from '../lib/meili/errors';
import { CLIError } from './cli-error';
import { checkOptions } from './cli-options';

const main = defineCommand({
  meta: { name: 'facetwire', description: 'Facetwire news-archive search: server, indexer, tools' },
  subCommands: {
    start: () => import('./commands/start').then((m) => m.startCommand),
    index: () => import('./commands/index').then((m) => m.indexCommand),
    'eval-entities': () => import('./commands/eval-entities').then((m) => m.evalEntitiesCommand),
    keys: () => import('./commands/keys').then((m) => m.keysCommand),
  },
});

const rawArgs = process.argv.slice(2);
const wantsHelp = rawArgs.some((a) => a === '--help' || a === '-h') || rawArgs.length === 0;

const badOptions = wantsHelp ? null : await checkOptions(main, rawArgs);

if (wantsHelp) {
  await runMain(main, { rawArgs });
} else if (badOptions) {
  console.error(`error: ${badOptions}`);
  process.exitCode = 2;
} else {
  try {
    await runCommand(main, { rawArgs });
  } catch (error) {
    // Known failures print one clear line; anything else is a bug and keeps its stack.
    if (error instanceof CLIError) {
      console.error(`error: ${error.message}`);
      process.exitCode = error.exitCode;
    } else if (error instanceof MeiliLayerError || error instanceof EnvError) {
      console.error(`error: ${error.message}`);
      process.exitCode = 1;
    } else if (error instanceof Error && error.name === 'CLIError') {
      console.error(`error: ${error.message} (see --help)`);
      process.exitCode = 2;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  }
}
