/**
 * This server's own renders search through its proxy over HTTP; they send this token so the
 * proxy does not meter them. It is random per process and lives only in server memory
 * (globalThis, shared by Next's bundles and our web server's modules), so no client can forge it.
 */
export const RENDER_TOKEN_HEADER = 'x-facetwire-render';

const SLOT = Symbol.for('facetwire.renderToken');

/** Server only: never call from code that runs in a browser. */
export function renderToken(): string {
  const slots = globalThis as { [SLOT]?: string };
  if (!slots[SLOT]) {
    const bytes = crypto.getRandomValues(new Uint8Array(32));
    slots[SLOT] = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  }
  return slots[SLOT];
}
