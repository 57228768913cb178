import { statSync } from 'node:fs';
import { defineCommand } from 'citty';
import { createContext } from '@/indexer/extract/context';
import { defaultModelPath } from '@/indexer/extract/tagger/model-file';
import { trainFiles } from '@/indexer/extract/tagger/train-files';
import { loadRegister } from '@/lib/register';

export const trainEntitiesCommand = defineCommand({
  meta: {
    name: 'train-entities',
    description: 'Train the entity tagger on CoNLL IOB files; weights go under the data dir',
  },
  args: {
    out: { type: 'string', description: 'Model file (default <data dir>/models/entities.json)' },
    epochs: { type: 'string', description: 'Passes over the data (default 6)' },
    'min-weight': {
      type: 'string',
      description: 'Prune features whose weights all stay below this (default 0.5)',
    },
    register: { type: 'string', description: 'Register folder (default data/register)' },
  },
  run({ args }) {
    const files = args._;
    const epochs = Number(args.epochs ?? 6);
    const minWeight = Number(args['min-weight'] ?? 0.5);
    if (files.length === 0 || !Number.isInteger(epochs) || epochs < 1 || !(minWeight >= 0)) {
      console.error(
        'train-entities: give CoNLL files, e.g. ../shared/eval/conllpp/conllpp_train.txt [--epochs N] [--out PATH]',
      );
      process.exitCode = 2;
      return;
    }
    const out = args.out ?? defaultModelPath();
    const ctx = createContext(loadRegister(args.register));
    const s = trainFiles(ctx, { files, out, epochs, minWeight, log: (l) => console.log(l) });
    const kb = Math.round(statSync(out).size / 1024);
    console.log(
      `wrote ${out}: ${s.kept} of ${s.features} features kept, ${kb} KB; trained in ${s.seconds.toFixed(1)} s`,
    );
  },
});
