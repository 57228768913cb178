import type { MeiliConnection } from '@/lib/meili/client';
import { createMeiliClient } from '@/lib/meili/client';
import { dropLeftoverRebuilds } from '@/lib/meili/admin/swap';
import { RebuildCancelledError, RebuildNeedsConfirmationError } from './errors';
import type { Format } from './detect';
import { DEFAULT_REQUEST_TIMEOUT_MS, meiliFailure } from './meili-target';
import { describePlan, planRebuild, type RebuildPlan } from './rebuild-plan';
import type { InputFile } from './types';

export interface BeforeRunOptions {
  conn: MeiliConnection;
  indexUid: string;
  rebuild: boolean;
  files: readonly InputFile[];
  forced: Format | undefined;
  map: Record<string, string>;
  source: string | undefined;
  /** `--yes`: the removals a rebuild announces are confirmed in advance. */
  yes: boolean;
  /** Asks the person at the terminal; absent when nobody can answer (then --yes is required). */
  confirm: ((question: string) => Promise<boolean>) | undefined;
  requestTimeoutMs: number | undefined;
  log: (line: string) => void;
}

/**
 * Runs before anything is written: drops leftovers of failed rebuilds, and on --rebuild says
 * how many live articles it would remove and stops unless that is confirmed.
 */
export async function beforeRun(o: BeforeRunOptions): Promise<RebuildPlan | null> {
  const client = createMeiliClient(o.conn, o.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS);
  let plan: RebuildPlan | null = null;
  try {
    const dropped = await dropLeftoverRebuilds(client, o.indexUid);
    if (dropped.length > 0) {
      o.log(`dropped ${dropped.length} leftover rebuild index(es): ${dropped.join(', ')}`);
    }
    if (o.rebuild) plan = await planRebuild(client, o.indexUid, o.files, o);
  } catch (error) {
    throw meiliFailure(error, o.conn.url) ?? error;
  }
  if (!plan || plan.removed === 0) return plan;
  const what = describePlan(plan);
  if (!o.yes && !o.confirm) {
    throw new RebuildNeedsConfirmationError(what);
  }
  o.log(what);
  if (
    o.confirm &&
    !o.yes &&
    !(await o.confirm(`Remove them and rebuild "${o.indexUid}"? [y/N] `))
  ) {
    throw new RebuildCancelledError();
  }
  return plan;
}
