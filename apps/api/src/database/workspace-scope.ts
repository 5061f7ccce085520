import { AsyncLocalStorage } from 'node:async_hooks';
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
//   - open every transaction with the setting taken from the request's scope, and
//   - run a statement issued outside a transaction, in a workspace, inside a transaction of its
//     own, so that it sees the setting too.
// Services keep using DataSource.query / transaction / manager as before.

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

function scopeStatement(): string {
  const id = storage.getStore()?.workspaceId ?? '';
  // Inlined so that BEGIN and the setting travel in one round trip; only a well-formed uuid gets in.
  const value = UUID.test(id) ? id : '';
  return `SELECT set_config('${WORKSPACE_SETTING}', '${value}', true)`;
}

const switched = new WeakSet<object>();

export class ScopedQueryRunner extends PostgresQueryRunner {
  override async connect(): Promise<unknown> {
    const connection = (await super.connect()) as { query(sql: string): Promise<unknown> };
    if (!switched.has(connection)) {
      switched.add(connection);
      await connection.query(`SET ROLE ${APP_ROLE}`);
    }
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
    try {
      await super.query(`${begin}; ${scopeStatement()}`);
    } catch (err) {
      this.isTransactionActive = false;
      throw err;
    }
    this.transactionDepth += 1;
    await this.broadcaster.broadcast('AfterTransactionStart');
  }

  override async query(
    query: string,
    parameters?: unknown[],
    useStructuredResult = false,
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeORM's own signature
  ): Promise<any> {
    // Outside a workspace the policies show nothing anyway: no transaction needed (health, session lookup).
    if (this.isTransactionActive || !storage.getStore()?.workspaceId)
      return super.query(query, parameters, useStructuredResult);
    await this.startTransaction();
    try {
      const result = await super.query(query, parameters, useStructuredResult);
      await this.commitTransaction();
      return result;
    } catch (err) {
      if (this.isTransactionActive) await this.rollbackTransaction().catch(() => undefined);
      throw err;
    }
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
