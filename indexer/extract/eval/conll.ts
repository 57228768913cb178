/** One CoNLL-2003 document: its text rebuilt from tokens, and the gold entity spans (char offsets). */
export interface ConllDoc {
  text: string;
  /** Char offsets of every token, for mapping predictions back onto token boundaries. */
  tokenStarts: Set<number>;
  tokenEnds: Set<number>;
  gold: ConllSpan[];
}

export interface ConllSpan {
  start: number;
  end: number;
  type: string;
}

export class ConllFormatError extends Error {}

/** Parses IOB (IOB1 or IOB2) "token ... tag" lines; -DOCSTART- separates documents. */
export function parseConll(content: string, fileName = 'input'): ConllDoc[] {
  const docs: ConllDoc[] = [];
  let lines: string[] = [];
  let doc: ConllDoc | null = null;
  const state: { open: ConllSpan | null } = { open: null };
  const newDoc = (): ConllDoc => ({
    text: '',
    tokenStarts: new Set(),
    tokenEnds: new Set(),
    gold: [],
  });
  const close = () => {
    if (state.open && doc) doc.gold.push(state.open);
    state.open = null;
  };
  const finish = () => {
    close();
    if (doc && doc.text.trim()) docs.push(doc);
  };
  lines = content.split(/\r?\n/);
  lines.forEach((line, index) => {
    if (line.startsWith('-DOCSTART-')) {
      finish();
      doc = newDoc();
      return;
    }
    doc ??= newDoc();
    if (line.trim() === '') {
      close();
      if (doc.text && !doc.text.endsWith('\n')) doc.text += '\n';
      return;
    }
    const cols = line.trim().split(/\s+/);
    const token = cols[0] ?? '';
    const tag = cols[cols.length - 1] ?? '';
    if (cols.length < 2 || !/^(O|[BI]-[A-Z]+)$/.test(tag)) {
      throw new ConllFormatError(
        `${fileName}:${index + 1}: expected "token ... IOB-tag", got "${line}"`,
      );
    }
    if (doc.text && !doc.text.endsWith('\n')) doc.text += ' ';
    const start = doc.text.length;
    doc.text += token;
    const end = doc.text.length;
    doc.tokenStarts.add(start);
    doc.tokenEnds.add(end);
    const current = state.open;
    if (tag === 'O') {
      close();
      return;
    }
    const type = tag.slice(2);
    if (tag.startsWith('B-') || !current || current.type !== type) {
      close();
      state.open = { start, end, type };
    } else {
      current.end = end;
    }
  });
  finish();
  return docs;
}
