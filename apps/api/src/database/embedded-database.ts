import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

// PGlite runs one query at a time, and pglite-socket interleaves the extended-protocol messages
// (Parse/Bind/Execute) of concurrent connections outside transactions, which mixes up their unnamed
// statements. So the app talks to it over ONE pooled connection; nothing is lost, PGlite is serial anyway.
// The socket admits one more, for a connection that is still closing when the next one opens.
export const EMBEDDED_POOL_SIZE = 1;
const EMBEDDED_MAX_CONNECTIONS = EMBEDDED_POOL_SIZE + 1;

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

// PGlite does not refuse a second process on the same folder; two writers would corrupt it.
function lockDataDir(dir: string): () => void {
  const lock = join(dir, 'luoshi.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lock, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(lock, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const pid = Number(readFileSync(lock, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid))
        throw new Error(
          `The data folder ${dir} is in use by process ${pid}. Stop it first, or set DATA_DIR to another folder.`,
          {
            cause: e,
          },
        );
      rmSync(lock, { force: true }); // left by a process that died
    }
  }
  throw new Error(`Could not lock the data folder ${dir}`);
}

// Real PostgreSQL compiled to WASM, spoken to over the wire protocol, so pg and TypeORM work unchanged.
export async function startEmbeddedDatabase(dataDir: string): Promise<EmbeddedDatabase> {
  const dir = resolve(dataDir);
  mkdirSync(dir, { recursive: true });
  const unlock = lockDataDir(dir);
  try {
    const db = await PGlite.create(join(dir, 'pgdata'));
    const server = new PGLiteSocketServer({
      db,
      host: '127.0.0.1',
      port: 0,
      maxConnections: EMBEDDED_MAX_CONNECTIONS,
    });
    await server.start();
    return {
      url: `postgres://postgres@${server.getServerConn()}/postgres`,
      stop: async () => {
        await server.stop();
        await db.close();
        unlock();
      },
    };
  } catch (e) {
    unlock();
    throw e;
  }
}
