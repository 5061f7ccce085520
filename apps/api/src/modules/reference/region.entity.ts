import { Column, Entity, PrimaryColumn } from 'typeorm';

// GB/T 2260 provincial-level divisions plus 000000 national; shared by all workspaces.
@Entity('regions')
export class Region {
  @PrimaryColumn({ type: 'char', length: 6, primaryKeyConstraintName: 'pk_regions' })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  nameZh: string;

  @Column({ type: 'varchar', length: 64 })
  nameEn: string;

  @Column({ type: 'varchar', length: 4 })
  short: string;

  @Column({ type: 'varchar', length: 4, nullable: true })
  abbrZh: string | null;

  @Column({ type: 'varchar', length: 32 })
  type: string;

  @Column({ type: 'smallint' })
  sortOrder: number;
}
