export interface ProgressState {
  filesDone: number;
  filesTotal: number;
  bytesDone: number;
  bytesTotal: number;
  articles: number;
}

function fmtDuration(s: number): string {
  if (!Number.isFinite(s)) return '?';
  if (s < 60) return `${Math.round(s)}s`;
  const m = Math.floor(s / 60);
  return m < 60
    ? `${m}m${String(Math.round(s % 60)).padStart(2, '0')}s`
    : `${Math.floor(m / 60)}h${m % 60}m`;
}

/** Human progress: a redrawn bar on a TTY, a plain line every few seconds elsewhere. */
export class Progress {
  private readonly started = Date.now();
  private lastDraw = 0;
  private drawn = false;

  constructor(
    private readonly tty: boolean,
    private readonly write: (text: string) => void,
    private readonly plainEveryMs = 5000,
  ) {}

  line(state: ProgressState): string {
    const elapsed = (Date.now() - this.started) / 1000;
    const rate = elapsed > 0 ? state.articles / elapsed : 0;
    const frac = state.bytesTotal > 0 ? Math.min(1, state.bytesDone / state.bytesTotal) : 0;
    const eta = frac > 0 ? (elapsed / frac) * (1 - frac) : Infinity;
    const pct = `${(frac * 100).toFixed(1)}%`;
    const counts = `${state.articles} articles, ${Math.round(rate)}/s, files ${state.filesDone}/${state.filesTotal}`;
    if (!this.tty) return `progress: ${pct}, ${counts}, ETA ${fmtDuration(eta)}`;
    const width = 24;
    const full = Math.round(frac * width);
    return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${pct} ${counts} ETA ${fmtDuration(eta)}`;
  }

  update(state: ProgressState, force = false): void {
    const now = Date.now();
    const every = this.tty ? 200 : this.plainEveryMs;
    if (!force && now - this.lastDraw < every) return;
    this.lastDraw = now;
    if (this.tty) {
      this.write(`\r\x1b[2K${this.line(state)}`);
      this.drawn = true;
    } else {
      this.write(`${this.line(state)}\n`);
    }
  }

  /** Clears the bar so the next log line starts on a clean row. */
  clear(): void {
    if (this.tty && this.drawn) this.write('\r\x1b[2K');
    this.drawn = false;
  }
}
