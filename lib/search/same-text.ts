/**
 * What two articles must share to be the same text filed twice (wire services resend stories,
 * and recurring notices repeat word for word): title and body, ignoring case and spacing.
 */
export function sameTextKey(title: string, body: string): string {
  const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();
  return `${norm(title)}\u0000${norm(body)}`;
}

/** A phrase query for the title's words, or null when it has none to search for. */
export function titlePhrase(title: string): string | null {
  const words = title.replace(/["\\]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 400);
  return /[\p{L}\p{N}]/u.test(words) ? `"${words}"` : null;
}
