import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Workspace } from '../workspaces/workspace.entity';

// The workspace's data revision, spread over a few slots so concurrent writers rarely wait on one row:
// the sum of a workspace's slots grows with every committed change (see workspace-revision.ts).
@Entity('workspace_revisions')
export class WorkspaceRevision {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'pk_workspace_revisions' })
  workspaceId: string;

  @ManyToOne(() => Workspace, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'workspace_id', foreignKeyConstraintName: 'fk_workspace_revisions_workspace' })
  workspace?: Workspace;

  @PrimaryColumn({ type: 'smallint', primaryKeyConstraintName: 'pk_workspace_revisions' })
  slot: number;

  @Column({ type: 'bigint', default: 0 })
  revision: string;
}
