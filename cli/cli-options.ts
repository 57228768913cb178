import { parseArgs, stripVTControlCharacters } from 'node:util';
import { renderUsage, type ArgsDef, type CommandDef } from 'citty';

type AnyCommand = CommandDef<ArgsDef>;

const resolve = async <T>(v: T | Promise<T> | (() => T | Promise<T>)): Promise<T> =>
  typeof v === 'function' ? (v as () => T | Promise<T>)() : v;

const camel = (s: string) => s.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());
const kebab = (s: string) => s.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);

/** Every spelling citty accepts for a command's options: kebab, camel, aliases; --no-X. */
function spellings(args: ArgsDef) {
  const names = new Map<string, 'string' | 'boolean'>([
    ['help', 'boolean'],
    ['h', 'boolean'],
  ]);
  for (const [name, def] of Object.entries(args)) {
    if (def.type === 'positional') continue;
    const type = def.type === 'boolean' ? 'boolean' : 'string';
    const aliases = 'alias' in def && def.alias ? [def.alias].flat() : [];
    for (const n of [name, camel(name), kebab(name), ...aliases]) names.set(n, type);
  }
  return names;
}

/**
 * Options in `rawArgs` that `args` does not declare. Tokenised by node's parseArgs, so string
 * options consume their value and everything after `--` is a positional.
 */
export function unknownOptions(rawArgs: readonly string[], args: ArgsDef): string[] {
  const known = spellings(args);
  const { tokens } = parseArgs({
    args: [...rawArgs],
    options: Object.fromEntries([...known].map(([n, type]) => [n, { type }])),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  return tokens
    .filter((t) => t.kind === 'option')
    .filter((t) => !known.has(t.name) && known.get(t.name.replace(/^no-/, '')) !== 'boolean')
    .map((t) => t.rawName);
}

interface Leaf {
  cmd: AnyCommand;
  parent: AnyCommand | undefined;
  unknown: string[];
}

/** The command `rawArgs` names (following sub-commands), its parent, and unknown options. */
async function resolveLeaf(
  cmd: AnyCommand,
  rawArgs: readonly string[],
  parent?: AnyCommand,
): Promise<Leaf> {
  const args: ArgsDef = await resolve(cmd.args ?? {});
  const subCommands = await resolve(cmd.subCommands ?? {});
  const { tokens } = parseArgs({
    args: [...rawArgs],
    options: Object.fromEntries([...spellings(args)].map(([n, type]) => [n, { type }])),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const first = tokens.find((t) => t.kind === 'positional' || t.kind === 'option-terminator');
  if (first?.kind === 'positional' && first.value in subCommands) {
    const sub = (await resolve(subCommands[first.value]!)) as AnyCommand;
    const before = rawArgs.slice(0, first.index);
    const inner = await resolveLeaf(sub, rawArgs.slice(first.index + 1), cmd);
    return { ...inner, unknown: [...unknownOptions(before, args), ...inner.unknown] };
  }
  return { cmd, parent, unknown: unknownOptions(rawArgs, args) };
}

/**
 * Rejects mistyped options before any command runs (a mistyped `--dry-rn` must not
 * write for real): null when every option is declared, else the message with the usage line.
 */
export async function checkOptions(
  main: AnyCommand,
  rawArgs: readonly string[],
): Promise<string | null> {
  const { cmd, parent, unknown } = await resolveLeaf(main, rawArgs);
  if (unknown.length === 0) return null;
  const usage = stripVTControlCharacters(await renderUsage(cmd, parent))
    .split('\n')
    .find((l) => l.startsWith('USAGE'));
  const list = unknown.join(', ');
  return `unknown option${unknown.length > 1 ? 's' : ''} ${list} (see --help)\n${(usage ?? '').trim()}`;
}
