import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('sectors')
export class Sector {
  @PrimaryColumn({ type: 'varchar', length: 64, primaryKeyConstraintName: 'pk_sectors' })
  code: string;

  @Column({ type: 'varchar', length: 64 })
  nameZh: string;

  @Column({ type: 'varchar', length: 128 })
  nameEn: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  opinionAction: string | null;

  @Column({ type: 'smallint' })
  sortOrder: number;
}
