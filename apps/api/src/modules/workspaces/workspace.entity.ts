import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { numericTransformer } from '../../database/column-transformers';

@Entity('workspaces')
@Check('ck_workspaces_cadence', `reporting_cadence IN ('month', 'quarter')`)
@Check('ck_workspaces_due_day', `report_due_day BETWEEN 1 AND 28`)
export class Workspace {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_workspaces' })
  id: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  code: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 64, default: 'Asia/Shanghai' })
  timezone: string;

  @Column({ type: 'varchar', length: 10, default: 'month' })
  reportingCadence: 'month' | 'quarter';

  @Column({ type: 'smallint', default: 5 })
  reportDueDay: number;

  // Bumped in the same transaction as every business write; caches key on it.
  @Column({ type: 'bigint', default: 0, transformer: numericTransformer })
  dataRevision: number;

  // The day the daily schedule-status refresh last finished for every task (TaskStatusService).
  @Column({ type: 'date', nullable: true })
  statusAsOf: string | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
