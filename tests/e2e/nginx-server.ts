/**
 * Starts Debian's nginx on dist/ with the deploy configuration (src/lib/server-config.ts), rendered into a temporary
 * directory that also holds the pid file, logs and temp files, so it runs as any user and leaves nothing behind.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { renderNginxConf } from '../../src/lib/site/server-config.ts';

export const NGINX_MISSING =
  'nginx niet gevonden: de headertest serveert dist/ met Debians nginx. Installeer het met ' +
  '"sudo apt-get install nginx-light" (of zet NGINX_PATH naar een nginx-binary); .ci/run doet dat zelf.';

export function findNginx(): string | undefined {
  return [process.env.NGINX_PATH, '/usr/sbin/nginx', '/usr/bin/nginx'].find(
    (path): path is string => Boolean(path) && existsSync(path!),
  );
}

export interface RunningNginx {
  origin: string;
  stop(): Promise<void>;
}

export async function startNginx(options: { binary: string; root: string; port: number }): Promise<RunningNginx> {
  const dir = mkdtempSync(join(tmpdir(), 'piva-nginx-'));
  const config = join(dir, 'nginx.conf');
  writeFileSync(
    config,
    renderNginxConf({
      root: resolve(options.root),
      listen: `127.0.0.1:${options.port}`,
      serverName: 'localhost',
      // As root, nginx's workers would otherwise run as "nobody", who may not read dist/ in a private checkout.
      user: process.getuid?.() === 0 ? 'root' : undefined,
      pidFile: join(dir, 'nginx.pid'),
      errorLog: join(dir, 'error.log'),
      accessLog: join(dir, 'access.log'),
      tempDir: dir,
    }),
  );
  const child: ChildProcess = spawn(options.binary, ['-p', dir, '-c', config, '-g', 'daemon off;'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const origin = `http://127.0.0.1:${options.port}`;
  const log = () => {
    const errorLog = join(dir, 'error.log');
    return `${stderr}${existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : ''}`;
  };
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  for (let attempt = 0; attempt < 50; attempt++) {
    if (child.exitCode !== null) {
      const message = log();
      await stop();
      throw new Error(`nginx stopped at start:\n${message}`);
    }
    try {
      await fetch(`${origin}/`);
      return { origin, stop };
    } catch {
      await new Promise((wait) => setTimeout(wait, 100));
    }
  }
  const message = log();
  await stop();
  throw new Error(`nginx did not answer on ${origin}:\n${message}`);
}
