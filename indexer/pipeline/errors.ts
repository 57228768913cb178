/**
 * The indexing run's own failures. They say what went wrong in the run's terms; the caller (the
 * CLI in `cli/cli-error.ts`) turns each class into the one line a user reads, with its flags.
 */
export class PipelineError extends Error {
  override name = 'PipelineError';
}

/** Nothing to read: no input given, or inputs that do not exist (all listed at once). */
export class InputError extends PipelineError {
  override name = 'InputError';
  constructor(readonly missing: readonly string[]) {
    super(
      missing.length === 0
        ? 'No input given: pass files, folders or globs.'
        : `Input not found: ${missing.join(', ')}. Nothing was indexed.`,
    );
  }
}

/** A forced input format the parsers do not know. */
export class UnknownFormatError extends PipelineError {
  override name = 'UnknownFormatError';
  constructor(
    readonly format: string,
    readonly known: readonly string[],
  ) {
    super(`Unknown format "${format}" (one of ${known.join(', ')})`);
  }
}

export type MeiliTargetProblem = 'no-connection' | 'unreachable' | 'incomplete' | 'refused-key';

/** Meilisearch could not take the run's writes; already-sent articles are not re-sent on rerun. */
export class MeiliTargetError extends PipelineError {
  override name = 'MeiliTargetError';
  constructor(
    readonly problem: MeiliTargetProblem,
    readonly url: string,
    readonly detail = '',
  ) {
    super(
      {
        'no-connection': 'No Meilisearch connection',
        unreachable: `Meilisearch is not reachable at ${url}`,
        incomplete: detail,
        'refused-key': `Meilisearch refused the key (${detail})`,
      }[problem],
    );
  }
}

/** A rebuild would remove articles and nobody confirmed it: nothing was changed. */
export class RebuildNeedsConfirmationError extends PipelineError {
  override name = 'RebuildNeedsConfirmationError';
  constructor(readonly plan: string) {
    super(`${plan}. Nothing was changed`);
  }
}

/** The user answered no to the rebuild question: nothing was changed. */
export class RebuildCancelledError extends PipelineError {
  override name = 'RebuildCancelledError';
  constructor() {
    super('Rebuild cancelled: nothing was changed.');
  }
}
