import { randomUUID } from 'node:crypto';
import { inject } from 'vitest';
import { createMeiliClient, type MeiliConnection } from '@/lib/meili/client';

/** Connection to the shared test server, and an index uid unique to the calling test. */
export function testMeili(): {
  conn: MeiliConnection;
  uniqueIndex: (prefix?: string) => string;
} {
  const conn = { url: inject('meiliUrl'), apiKey: inject('meiliMasterKey') };
  return {
    conn,
    uniqueIndex: (prefix = 'test') => `${prefix}_${randomUUID().slice(0, 8)}`,
  };
}

export async function dropIndex(conn: MeiliConnection, uid: string): Promise<void> {
  await createMeiliClient(conn).deleteIndexIfExists(uid);
}
