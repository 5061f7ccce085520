import { adminQuery, SERVER_URL } from './database-url';

export default async function globalTeardown(): Promise<void> {
  const embedded = (globalThis as { __EMBEDDED__?: { stop: () => Promise<void> } }).__EMBEDDED__;
  if (embedded) await embedded.stop();
  const name = process.env.E2E_DROP_DATABASE;
  if (name) await adminQuery(SERVER_URL, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
}
