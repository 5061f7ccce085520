import 'reflect-metadata';
import { DataSource, DataSourceOptions } from 'typeorm';
import { MIGRATIONS } from './migration-list';
import { ENTITIES } from './entities';
import { SnakeNamingStrategy } from './snake-naming.strategy';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

export function dataSourceOptions(url: string, poolSize = 10): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: MIGRATIONS,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    uuidExtension: 'pgcrypto',
    synchronize: false,
    // Failed queries are logged by the exception filter, without their parameters (which may be personal data).
    logging: false,
    extra: {
      max: poolSize,
      connectionTimeoutMillis: 5000,
      // Fail fast instead of queueing forever when the database is gone.
      query_timeout: 30000,
      application_name: 'luoshi',
    },
  };
}

// Used by the TypeORM CLI (migration:run/revert/generate) against the compiled output.
export default new DataSource(dataSourceOptions(process.env.DATABASE_URL ?? DEFAULT_DATABASE_URL));
