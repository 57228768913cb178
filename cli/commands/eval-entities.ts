import { defineCommand } from 'citty';
import { createContext } from '@/indexer/extract/context';
import { evaluateFiles, formatReport } from '@/indexer/extract/eval/run';
import { loadTagger } from '@/indexer/extract/tagger/load';
import { loadRegister } from '@/lib/register';

export const evalEntitiesCommand = defineCommand({
  meta: {
    name: 'eval-entities',
    description: 'Score entity extraction on Reuters-21578 XML and CoNLL IOB files',
  },
  args: {
    json: { type: 'boolean', description: 'Print the figures as one JSON object on the last line' },
    register: { type: 'string', description: 'Register folder (default data/register)' },
    model: {
      type: 'string',
      description:
        'Tagger weights (default <data dir>/models/entities.json when trained; "none": rules alone)',
    },
    nlp: {
      type: 'boolean',
      description: 'Also run the compromise NLP fallback on capitalised names no rule classified',
    },
  },
  run({ args }) {
    const files = args._;
    if (files.length === 0) {
      console.error(
        'eval-entities: give Reuters-21578 .xml and/or CoNLL files, e.g. ../shared/eval/conllpp/conllpp_dev.txt',
      );
      process.exitCode = 2;
      return;
    }
    const tagger = loadTagger(args.model === 'none' ? null : args.model);
    if (args.model && args.model !== 'none' && !tagger) {
      console.error(`eval-entities: no model at ${args.model}`);
      process.exitCode = 2;
      return;
    }
    console.log(tagger ? 'with the learned tagger' : 'rules and register alone (no tagger)');
    const ctx = createContext(loadRegister(args.register), {
      nlpFallback: args.nlp === true,
      tagger,
    });
    const report = evaluateFiles(ctx, files);
    console.log(formatReport(report));
    if (args.json) {
      const {
        skipped: _skipped,
        articles: _articles,
        countryMentions: _mentions,
        countriesInclUnlabelled: _unlabelled,
        ...figures
      } = report;
      console.log(JSON.stringify(figures));
    }
    if (report.skipped.length > 0) process.exitCode = 1;
  },
});
