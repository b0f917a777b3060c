import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { startServer } from '@/bench/server';

/** A port nothing listens on now (the OS picks it; the server under test takes it next). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** A server that answers its ready path, and every other path with $GREETING. */
const GREETER = `require('node:http')
  .createServer((q, s) => s.end(q.url === '/ready' ? 'ready' : process.env.GREETING))
  .listen(Number(process.env.PORT));`;

describe('startServer with a command (the Next floor)', () => {
  it('runs the command on the port with its environment, and stops it', async () => {
    const port = await freePort();
    const server = await startServer(process.cwd(), port, {
      args: [process.execPath, '-e', GREETER],
      readyPath: '/ready',
      env: { GREETING: 'floor' },
    });
    try {
      expect(server.origin).toBe(`http://localhost:${port}`);
      expect(await (await fetch(`${server.origin}/`)).text()).toBe('floor');
    } finally {
      await server.stop();
    }
    await expect(fetch(`${server.origin}/ready`)).rejects.toThrow();
  });

  it('says which command did not start, with what it printed', async () => {
    const port = await freePort();
    const failing = startServer(process.cwd(), port, {
      args: [process.execPath, '-e', 'console.error("no such page"); process.exit(3)'],
      readyPath: '/ready',
    });
    await expect(failing).rejects.toThrow(
      /-e .* did not start on http:\/\/localhost:\d+: no such page/s,
    );
  });
});
