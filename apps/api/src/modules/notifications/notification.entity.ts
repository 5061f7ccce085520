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
import type { NotificationKind } from '@plan/contracts';
import { Person } from '../people/person.entity';
import { Workspace } from '../workspaces/workspace.entity';

// In-app notifications live in PostgreSQL, so any replica can serve the bell.
@Entity('notifications')
@Index('ix_notifications_person', ['personId', 'readAt', 'createdAt'])
@Check('ck_notifications_kind', `kind IN ('report_reminder', 'report_returned', 'report_approved')`)
export class Notification {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_notifications' })
  id: string;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_notifications_workspace' })
  workspace?: Workspace;

  @Column('uuid')
  personId: string;

  @ManyToOne(() => Person, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_notifications_person' })
  person?: Person;

  @Column({ type: 'varchar', length: 32 })
  kind: NotificationKind;

  // Values for the message the web translates; never pre-rendered text.
  @Column({ type: 'jsonb', default: () => `'{}'` })
  params: Record<string, string>;

  @Column({ type: 'varchar', length: 300, nullable: true })
  link: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;
}
