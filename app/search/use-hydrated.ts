import { useEffect, useState } from 'react';

/** False in the server render and during hydration; true once this component has mounted. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}
