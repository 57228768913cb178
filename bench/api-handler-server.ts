/**
 * Serves /api/v1/search through the real route handler on plain node:http, for `bench:api` when
 * no production build (.next) exists. It measures our handler, not Next's router.
 */
import { createServer } from 'node:http';
import { GET } from '../app/api/v1/search/route';

const port = Number(process.env.PORT ?? 0);
const server = createServer((req, res) => {
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (typeof v === 'string') headers.set(k, v);
  void GET(new Request(`http://127.0.0.1:${port}${req.url ?? '/'}`, { headers })).then(
    async (response) => {
      res.writeHead(response.status, Object.fromEntries(response.headers));
      res.end(Buffer.from(await response.arrayBuffer()));
    },
  );
});
server.keepAliveTimeout = 60_000;
server.listen(port, '127.0.0.1', () => console.log(`ready on ${port}`));
process.on('SIGTERM', () => server.close(() => process.exit(0)));
