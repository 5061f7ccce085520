import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import type { Locale, Role } from '@plan/contracts';
import { Region } from '../reference/region.entity';
import { Unit } from '../units/unit.entity';
import { Workspace } from '../workspaces/workspace.entity';

@Entity('people')
@Index('ix_people_workspace_unit', ['workspaceId', 'unitId'])
@Index('ix_people_unit', ['unitId'])
@Check('ck_people_role', `role IN ('admin', 'leader', 'unit_head', 'staff', 'viewer')`)
@Check('ck_people_locale', `locale IN ('zh-CN', 'en')`)
@Check('ck_people_username_lower', `username = lower(username)`)
export class Person {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'pk_people' })
  id: string;

  @Column('uuid')
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_people_workspace' })
  workspace?: Workspace;

  @Column('uuid')
  unitId: string;

  @ManyToOne(() => Unit)
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_people_unit' })
  unit?: Unit;

  // Globally unique so a login needs no workspace picker.
  @Column({ type: 'varchar', length: 64, unique: true })
  username: string;

  @Column({ type: 'varchar', length: 100 })
  displayName: string;

  @Column({ type: 'varchar', length: 16 })
  role: Role;

  @Column({ type: 'varchar', length: 255, select: false })
  passwordHash: string;

  @Column({ type: 'varchar', length: 8, default: 'zh-CN' })
  locale: Locale;

  // Viewers may be limited to one region.
  @Column({ type: 'char', length: 6, nullable: true })
  regionScope: string | null;

  @ManyToOne(() => Region)
  @JoinColumn({ name: 'region_scope', foreignKeyConstraintName: 'fk_people_region_scope' })
  region?: Region;

  @Column({ type: 'varchar', length: 200, nullable: true })
  email: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @Column({ type: 'int', default: 0 })
  failedLogins: number;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt: Date | null;

  @VersionColumn({ default: 1 })
  version: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
