import { EnvError } from '@/lib/env';
import { MeiliLayerError } from '@/lib/meili/errors';
import {
  InputError,
  MeiliTargetError,
  RebuildCancelledError,
  RebuildNeedsConfirmationError,
  UnknownFormatError,
} from '@/indexer/pipeline/errors';

/** A user-facing failure of a command: printed as its message alone, exiting with `exitCode`. */
export class CLIError extends Error {
  override name = 'CLIError';
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

export interface ErrorLine {
  line: string;
  exitCode: number;
}

function meiliTargetLine(error: MeiliTargetError): string {
  switch (error.problem) {
    case 'no-connection':
      return 'No Meilisearch connection (use --dry-run to only parse).';
    case 'unreachable':
      return (
        `Meilisearch is not reachable at ${error.url}. Start it (npm start) or set MEILI_URL and ` +
        'MEILI_MASTER_KEY, then rerun the same command: already-indexed articles are not re-sent.'
      );
    case 'incomplete':
      return `${error.detail}. Rerun to complete.`;
    case 'refused-key':
      return `Meilisearch refused the key (${error.detail}): check MEILI_MASTER_KEY.`;
  }
}

/**
 * The one place that turns a known failure into the line the CLI prints (without "error: ") and
 * its exit code (2: the command line was wrong). Null: an unexpected error, printed with its stack.
 */
export function errorLine(error: unknown): ErrorLine | null {
  if (error instanceof CLIError) return { line: error.message, exitCode: error.exitCode };
  if (error instanceof InputError) return { line: error.message, exitCode: 2 };
  if (error instanceof UnknownFormatError) {
    const known = error.known.join(', ');
    return { line: `Unknown --format "${error.format}" (one of ${known})`, exitCode: 2 };
  }
  if (error instanceof MeiliTargetError) return { line: meiliTargetLine(error), exitCode: 1 };
  if (error instanceof RebuildNeedsConfirmationError) {
    const line = `${error.plan}. Nothing was changed: rerun with --yes to confirm.`;
    return { line, exitCode: 2 };
  }
  if (error instanceof RebuildCancelledError) return { line: error.message, exitCode: 1 };
  if (error instanceof MeiliLayerError || error instanceof EnvError) {
    return { line: error.message, exitCode: 1 };
  }
  // citty's own usage errors (unknown command, missing argument) share the name, not the class.
  if (error instanceof Error && error.name === 'CLIError') {
    return { line: `${error.message} (see --help)`, exitCode: 2 };
  }
  return null;
}
