import 'server-only';
/** Typed failures of the Meilisearch layer; messages are safe to show (no keys, no stacks). */
export class MeiliLayerError extends Error {
  override name = 'MeiliLayerError';
}

export class MeiliUnavailableError extends MeiliLayerError {
  override name = 'MeiliUnavailableError';
  constructor(
    readonly url: string,
    cause?: unknown,
  ) {
    super(`Meilisearch is not reachable at ${url}`, { cause });
  }
}

export class MeiliTaskFailedError extends MeiliLayerError {
  override name = 'MeiliTaskFailedError';
  constructor(
    readonly taskUid: number,
    readonly reason: string,
  ) {
    super(`Meilisearch task ${taskUid} failed: ${reason}`);
  }
}

export class EmbeddedMeiliError extends MeiliLayerError {
  override name = 'EmbeddedMeiliError';
}
