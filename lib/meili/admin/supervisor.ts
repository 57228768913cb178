import 'server-only';
import type { EmbeddedMeili } from './embedded';

/** How `npm start` keeps its embedded Meilisearch up (README, "Configuration"). */
export const RESTART_POLICY = {
  /** Restarts tried in a row before giving up. */
  maxAttempts: 5,
  /** Wait before the first restart; doubled for each further one (1, 2, 4, 8, 16 s). */
  firstDelayMs: 1000,
  maxDelayMs: 30_000,
  /** A server that ran this long has recovered: its next crash counts from 1 again. */
  stableAfterMs: 60_000,
};
export type RestartPolicy = typeof RESTART_POLICY;

export interface SupervisorEvents {
  log: (line: string) => void;
  onRestarted?: (meili: EmbeddedMeili) => void;
  /** Called once, with the message to show, when no restart is tried any more. */
  onGiveUp: (message: string) => void;
}

export interface Supervisor {
  stop: () => Promise<void>;
}

const errorText = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Restarts the embedded Meilisearch when it dies, with exponential backoff; the web app answers
 * "search unavailable, retrying" meanwhile, as for any unreachable server.
 */
export function superviseMeili(
  first: EmbeddedMeili,
  relaunch: () => Promise<EmbeddedMeili>,
  events: SupervisorEvents,
  policy: RestartPolicy = RESTART_POLICY,
): Supervisor {
  let current = first;
  let startedAt = Date.now();
  let failures = 0;
  let stopped = false;
  let wake: (() => void) | undefined;
  let recovering: Promise<void> | undefined;
  const pause = (ms: number) =>
    new Promise<void>((done) => {
      const timer = setTimeout(done, ms);
      wake = () => {
        clearTimeout(timer);
        done();
      };
    });

  const recover = async (why: string) => {
    if (Date.now() - startedAt >= policy.stableAfterMs) failures = 0;
    events.log(`Meilisearch stopped unexpectedly (${why})`);
    while (!stopped) {
      if (failures >= policy.maxAttempts) {
        events.onGiveUp(
          `Meilisearch could not be kept running: gave up after ${failures} failed restarts ` +
            'in a row. See its log for the cause, then run `npm start` again.',
        );
        return;
      }
      const delay = Math.min(policy.firstDelayMs * 2 ** failures, policy.maxDelayMs);
      failures += 1;
      events.log(
        `restarting Meilisearch in ${delay / 1000} s (${failures} of ${policy.maxAttempts})`,
      );
      await pause(delay);
      if (stopped) return;
      try {
        current = await relaunch();
      } catch (error) {
        events.log(`restart ${failures} of ${policy.maxAttempts} failed: ${errorText(error)}`);
        continue;
      }
      if (stopped) return void (await current.stop());
      startedAt = Date.now();
      watch(current);
      events.log(`Meilisearch restarted at ${current.url} (pid ${current.process.pid ?? '?'})`);
      events.onRestarted?.(current);
      return;
    }
  };

  function watch(meili: EmbeddedMeili) {
    meili.process.once('exit', (code, signal) => {
      if (!stopped) recovering = recover(signal ? `signal ${signal}` : `exit code ${code ?? '?'}`);
    });
  }
  watch(first);

  return {
    stop: async () => {
      stopped = true;
      wake?.();
      await recovering; // a restart under way stops what it started
      await current.stop();
    },
  };
}
