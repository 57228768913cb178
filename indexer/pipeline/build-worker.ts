import { parentPort } from 'node:worker_threads';
import { buildMany } from './build-batch';
import { loadExtractor } from './extractor';
import type { BuildRequest, BuildResponse } from './builder-pool';

const port = parentPort;
if (!port) throw new Error('build-worker must run in a worker thread');

const extractor = await loadExtractor();
port.on('message', (req: BuildRequest) => {
  let res: BuildResponse;
  try {
    const ctx = { extractor, defaultSource: req.defaultSource, now: req.now };
    res = { seq: req.seq, items: buildMany(req.raws, ctx) };
  } catch (error) {
    res = { seq: req.seq, error: String(error) };
  }
  port.postMessage(res);
});
port.postMessage({ ready: true });
