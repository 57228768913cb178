import { defineCommand, runCommand, runMain } from 'citty';
import { errorLine } from './cli-error';
import { checkOptions } from './cli-options';

const main = defineCommand({
  meta: { name: 'facetwire', description: 'Facetwire news-archive search: server, indexer, tools' },
  subCommands: {
    start: () => import('./commands/start').then((m) => m.startCommand),
    index: () => import('./commands/index').then((m) => m.indexCommand),
    'eval-entities': () => import('./commands/eval-entities').then((m) => m.evalEntitiesCommand),
    'train-entities': () => import('./commands/train-entities').then((m) => m.trainEntitiesCommand),
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
    const known = errorLine(error);
    if (known) {
      console.error(`error: ${known.line}`);
      process.exitCode = known.exitCode;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  }
}
