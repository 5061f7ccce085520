import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { DataSource, ReplicationMode } from 'typeorm';
import type { IsolationLevel } from 'typeorm/driver/types/IsolationLevel';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { UUID } from '../common/parse-id.pipe';

// Row-level security, the second wall around a workspace (the first: every query names its
// workspace). The database shows the app's role only the rows of the workspace named by the
// transaction-local setting `app.workspace_id`; with no setting it shows nothing.
//
// The app's DataSource hands out ScopedQueryRunners, which
//   - switch each new connection to the unprivileged APP_ROLE (no table ownership, no BYPASSRLS),
//   - open every transaction with the setting taken from the request's scope (transaction-local), and
//   - before a statement issued outside a transaction, make the connection's own (session-level) setting
//     equal to the request's scope when it is not already — the empty value when the request has no
//     workspace — so that a standalone read costs one round trip, not BEGIN + read + COMMIT.
// Services keep using DataSource.query / transaction / manager as before.
//
// Statements registered with `prepared(sql)` run as named prepared statements (parsed and planned once
// per connection instead of on every request): the hot, fixed reads of every request.

export const APP_ROLE = 'luoshi_app';
export const WORKSPACE_SETTING = 'app.workspace_id';

export type Scope = { workspaceId: string | null };

const storage = new AsyncLocalStorage<Scope>();

// Runs `fn` with a (mutable) scope: the auth guard fills in the workspace once it knows the caller.
export function runInScope<T>(scope: Scope, fn: () => T): T {
  return storage.run(scope, fn);
}

export function currentScope(): Scope | undefined {
  return storage.getStore();
}

// Sets the workspace of the current scope (after login or session lookup).
export function enterWorkspace(workspaceId: string): void {
  const scope = storage.getStore();
  if (!scope) throw new Error('enterWorkspace outside a request scope');
  scope.workspaceId = workspaceId;
}

// The setting's value for the current scope: a well-formed uuid or ''.
function scopeValue(): string {
  const id = storage.getStore()?.workspaceId ?? '';
  return UUID.test(id) ? id : '';
}

// Inlined so that BEGIN and the setting travel in one round trip; only a well-formed uuid gets in.
const setStatement = (value: string, local: boolean) =>
  `SELECT set_config('${WORKSPACE_SETTING}', '${value}', ${local})`;

// SQL text → statement name, for the statements worth preparing. Bounded: past the cap a text runs unnamed
// (each name costs a plan on every pooled connection).
const PREPARED_CAP = 512;
const preparedNames = new Map<string, string>();

// Marks `sql` (with $n parameters) to run as a named prepared statement. Returns the text unchanged.
export function prepared(sql: string): string {
  if (!preparedNames.has(sql) && preparedNames.size < PREPARED_CAP)
    preparedNames.set(sql, `luoshi_${createHash('sha1').update(sql).digest('hex').slice(0, 20)}`);
  return sql;
}

type PgConnection = {
  query(config: unknown, values?: unknown, callback?: unknown): Promise<unknown>;
};

type ConnectionState = { workspace: string };

// Per pooled connection: the session-level workspace setting it holds now ('' = none).
const connections = new WeakMap<object, ConnectionState>();

async function adopt(connection: PgConnection): Promise<ConnectionState> {
  await connection.query(`SET ROLE ${APP_ROLE}`);
  // The app's statements run in milliseconds to a few hundred: compiling one (PostgreSQL JITs any statement it
  // costs above jit_above_cost) took longer than running it, e.g. 72 of the 190 ms of a ledger export page.
  await connection.query(`SET jit = off`);
  const original = connection.query.bind(connection);
  // node-postgres prepares a query that carries a name, once per connection
  connection.query = (config: unknown, values?: unknown, callback?: unknown) => {
    const name = typeof config === 'string' ? preparedNames.get(config) : undefined;
    return name ? original({ name, text: config, values }, callback) : original(config, values, callback);
  };
  const state = { workspace: '' };
  connections.set(connection, state);
  return state;
}

// Told after a transaction has committed, with the workspace it ran in ('' when none: it may have touched any).
// Read-side caches that cannot key on the workspace's revision (the session lookup) drop what it may have changed.
export type CommitListener = (workspaceId: string) => void;
const commitListeners = new WeakMap<DataSource, Set<CommitListener>>();

export function onCommit(dataSource: DataSource, listener: CommitListener): () => void {
  let set = commitListeners.get(dataSource);
  if (!set) commitListeners.set(dataSource, (set = new Set()));
  set.add(listener);
  return () => set.delete(listener);
}

export class ScopedQueryRunner extends PostgresQueryRunner {
  private transactionWorkspace = '';

  override async connect(): Promise<unknown> {
    const connection = (await super.connect()) as PgConnection;
    if (!connections.has(connection)) await adopt(connection);
    return connection;
  }

  override async startTransaction(isolationLevel?: IsolationLevel): Promise<void> {
    if (this.transactionDepth > 0) return super.startTransaction(isolationLevel);
    this.isTransactionActive = true;
    try {
      await this.broadcaster.broadcast('BeforeTransactionStart');
    } catch (err) {
      this.isTransactionActive = false;
      throw err;
    }
    const level = isolationLevel ?? this.dataSource.options.isolationLevel;
    const begin = level ? `START TRANSACTION ISOLATION LEVEL ${level}` : 'START TRANSACTION';
    this.transactionWorkspace = scopeValue();
    try {
      await super.query(`${begin}; ${setStatement(this.transactionWorkspace, true)}`);
    } catch (err) {
      this.isTransactionActive = false;
      throw err;
    }
    this.transactionDepth += 1;
    await this.broadcaster.broadcast('AfterTransactionStart');
  }

  override async commitTransaction(): Promise<void> {
    const outermost = this.transactionDepth === 1;
    await super.commitTransaction();
    if (!outermost) return;
    for (const listener of commitListeners.get(this.dataSource) ?? []) listener(this.transactionWorkspace);
  }

  override async query(
    query: string,
    parameters?: unknown[],
    useStructuredResult = false,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's own signature
  ): Promise<any> {
    if (this.isTransactionActive) return super.query(query, parameters, useStructuredResult);
    // Outside a transaction a session-level setting is what the statement sees (set outside a transaction,
    // it cannot be undone by a rollback). Checked before every statement, so a connection that served
    // another workspace, or none, never answers for the wrong one.
    const wanted = scopeValue();
    const state = connections.get((await this.connect()) as PgConnection) as ConnectionState;
    if (state.workspace !== wanted) {
      state.workspace = '?'; // unknown until the statement has answered
      await super.query(setStatement(wanted, false));
      state.workspace = wanted;
    }
    return super.query(query, parameters, useStructuredResult);
  }

  override async stream(...args: Parameters<PostgresQueryRunner['stream']>) {
    if (!this.isTransactionActive)
      throw new Error(
        'ScopedQueryRunner.stream needs a transaction (the workspace setting is per transaction)',
      );
    return super.stream(...args);
  }
}

// Makes `dataSource` hand out ScopedQueryRunners. Call before initialize().
export function scopeToWorkspace(dataSource: DataSource): DataSource {
  const driver = dataSource.driver as PostgresDriver;
  driver.createQueryRunner = (mode: ReplicationMode) => new ScopedQueryRunner(driver, mode);
  return dataSource;
}
