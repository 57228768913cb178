import { describe, expect, it } from 'vitest';
import { EnvError } from '@/lib/env';
import { MeiliLayerError } from '@/lib/meili/errors';
import {
  InputError,
  MeiliTargetError,
  RebuildCancelledError,
  RebuildNeedsConfirmationError,
  UnknownFormatError,
} from '@/indexer/pipeline/errors';
import { CLIError, errorLine } from './cli-error';

describe('errorLine: every known failure as the one line the CLI prints', () => {
  it.each([
    [
      new CLIError('--threads expects a whole number ≥ 0', 2),
      '--threads expects a whole number ≥ 0',
      2,
    ],
    [new InputError([]), 'No input given: pass files, folders or globs.', 2],
    [
      new InputError(['a.jsonl', 'b/*.csv (glob matched no file)']),
      'Input not found: a.jsonl, b/*.csv (glob matched no file). Nothing was indexed.',
      2,
    ],
    [
      new UnknownFormatError('xls', ['json', 'csv']),
      'Unknown --format "xls" (one of json, csv)',
      2,
    ],
    [
      new MeiliTargetError('no-connection', ''),
      'No Meilisearch connection (use --dry-run to only parse).',
      1,
    ],
    [
      new MeiliTargetError('unreachable', 'http://127.0.0.1:9'),
      'Meilisearch is not reachable at http://127.0.0.1:9. Start it (npm start) or set MEILI_URL and MEILI_MASTER_KEY, then rerun the same command: already-indexed articles are not re-sent.',
      1,
    ],
    [
      new MeiliTargetError('incomplete', 'u', 'Task 7 failed'),
      'Task 7 failed. Rerun to complete.',
      1,
    ],
    [
      new MeiliTargetError('refused-key', 'u', 'invalid_api_key'),
      'Meilisearch refused the key (invalid_api_key): check MEILI_MASTER_KEY.',
      1,
    ],
    [
      new RebuildNeedsConfirmationError('10 would be removed'),
      '10 would be removed. Nothing was changed: rerun with --yes to confirm.',
      2,
    ],
    [new RebuildCancelledError(), 'Rebuild cancelled: nothing was changed.', 1],
    [new MeiliLayerError('Meilisearch timed out'), 'Meilisearch timed out', 1],
    [new EnvError('PORT must be a number'), 'PORT must be a number', 1],
  ])('%s', (error, line, exitCode) => {
    expect(errorLine(error)).toEqual({ line, exitCode });
  });

  it("adds a pointer to --help for citty's usage errors", () => {
    const usage = Object.assign(new Error('Unknown command foo'), { name: 'CLIError' });
    expect(errorLine(usage)).toEqual({ line: 'Unknown command foo (see --help)', exitCode: 2 });
  });

  it('leaves unexpected errors to be printed with their stack', () => {
    expect(errorLine(new TypeError('x is undefined'))).toBeNull();
    expect(errorLine('a string')).toBeNull();
  });
});
