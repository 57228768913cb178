import { readdir, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { InputError } from './errors';
import type { InputFile } from './types';

async function walk(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (e.name.startsWith('.')) continue;
    const full = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await walk(full)));
    else if (e.isFile()) out.push(full);
  }
  return out;
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') ? rel : path;
}

/**
 * Files, folders (recursive, dotfiles ignored) and globs → the list of files to read. Every
 * missing input is reported at once, before anything is written.
 */
export async function expandInputs(inputs: readonly string[]): Promise<InputFile[]> {
  if (inputs.length === 0) throw new InputError([]);
  const missing: string[] = [];
  const paths: string[] = [];
  for (const input of inputs) {
    if (isDynamicPattern(input)) {
      const matches = await glob(input, { absolute: true, onlyFiles: true, dot: false });
      if (matches.length === 0) missing.push(`${input} (glob matched no file)`);
      paths.push(...matches.sort());
      continue;
    }
    const abs = resolve(input);
    try {
      const s = await stat(abs);
      if (s.isDirectory()) paths.push(...(await walk(abs)));
      else paths.push(abs);
    } catch {
      missing.push(input);
    }
  }
  if (missing.length) {
    throw new InputError(missing);
  }
  const unique = [...new Set(paths)];
  return Promise.all(
    unique.map(async (path) => ({ path, display: display(path), size: (await stat(path)).size })),
  );
}
