// The resolve hook the file next door registers: `server-only` under its react-server export.
export async function resolve(specifier, context, nextResolve) {
  if (specifier !== 'server-only') return nextResolve(specifier, context);
  return nextResolve(specifier, {
    ...context,
    conditions: [...context.conditions, 'react-server'],
  });
}
