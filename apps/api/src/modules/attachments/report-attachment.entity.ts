import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Person } from '../people/person.entity';
import { ProgressReport } from '../reports/progress-report.entity';
import { Workspace } from '../workspaces/workspace.entity';

// Evidence files 佐证材料, kept in PostgreSQL with their SHA-256 so backups and replicas carry them.
@Entity('report_attachments')
@Index('ix_report_attachments_report', ['reportId', 'createdAt'])
@Index('ix_report_attachments_uploaded_by', ['uploadedById'])
@Check('ck_report_attachments_size', `size > 0`)
@Check('ck_report_attachments_sha256', `sha256 ~ '^[0-9a-f]{64}$'`)
export class ReportAttachment {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_report_attachments' })
  id: string;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_report_attachments_workspace' })
  workspace?: Workspace;

  @Column('uuid')
  reportId: string;

  @ManyToOne(() => ProgressReport, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'fk_report_attachments_report' })
  report?: ProgressReport;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'varchar', length: 128 })
  contentType: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'bytea', select: false })
  content: Buffer;

  @Column('uuid')
  uploadedById: string;

  @ManyToOne(() => Person)
  @JoinColumn({ name: 'uploaded_by_id', foreignKeyConstraintName: 'fk_report_attachments_uploaded_by' })
  uploadedBy?: Person;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
