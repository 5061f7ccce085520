import { MigrationInterface, QueryRunner } from 'typeorm';

// Reference data shared by every workspace: GB/T 2260 provincial-level divisions (plus 000000 national)
// and the sectors of the AI+ Opinion. Inlined so this migration never changes after it lands.
export class SeedReferenceData1795947700000 implements MigrationInterface {
  name = 'SeedReferenceData1795947700000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`INSERT INTO "regions" ("code", "name_zh", "name_en", "short", "abbr_zh", "type", "sort_order") VALUES
      ('000000', '全国', 'National', 'CN', '国', 'national', 0),
      ('110000', '北京市', 'Beijing', 'BJ', '京', 'municipality', 1),
      ('120000', '天津市', 'Tianjin', 'TJ', '津', 'municipality', 2),
      ('130000', '河北省', 'Hebei', 'HE', '冀', 'province', 3),
      ('140000', '山西省', 'Shanxi', 'SX', '晋', 'province', 4),
      ('150000', '内蒙古自治区', 'Inner Mongolia', 'NM', '蒙', 'autonomous_region', 5),
      ('210000', '辽宁省', 'Liaoning', 'LN', '辽', 'province', 6),
      ('220000', '吉林省', 'Jilin', 'JL', '吉', 'province', 7),
      ('230000', '黑龙江省', 'Heilongjiang', 'HL', '黑', 'province', 8),
      ('310000', '上海市', 'Shanghai', 'SH', '沪', 'municipality', 9),
      ('320000', '江苏省', 'Jiangsu', 'JS', '苏', 'province', 10),
      ('330000', '浙江省', 'Zhejiang', 'ZJ', '浙', 'province', 11),
      ('340000', '安徽省', 'Anhui', 'AH', '皖', 'province', 12),
      ('350000', '福建省', 'Fujian', 'FJ', '闽', 'province', 13),
      ('360000', '江西省', 'Jiangxi', 'JX', '赣', 'province', 14),
      ('370000', '山东省', 'Shandong', 'SD', '鲁', 'province', 15),
      ('410000', '河南省', 'Henan', 'HA', '豫', 'province', 16),
      ('420000', '湖北省', 'Hubei', 'HB', '鄂', 'province', 17),
      ('430000', '湖南省', 'Hunan', 'HN', '湘', 'province', 18),
      ('440000', '广东省', 'Guangdong', 'GD', '粤', 'province', 19),
      ('450000', '广西壮族自治区', 'Guangxi', 'GX', '桂', 'autonomous_region', 20),
      ('460000', '海南省', 'Hainan', 'HI', '琼', 'province', 21),
      ('500000', '重庆市', 'Chongqing', 'CQ', '渝', 'municipality', 22),
      ('510000', '四川省', 'Sichuan', 'SC', '川', 'province', 23),
      ('520000', '贵州省', 'Guizhou', 'GZ', '黔', 'province', 24),
      ('530000', '云南省', 'Yunnan', 'YN', '滇', 'province', 25),
      ('540000', '西藏自治区', 'Xizang', 'XZ', '藏', 'autonomous_region', 26),
      ('610000', '陕西省', 'Shaanxi', 'SN', '陕', 'province', 27),
      ('620000', '甘肃省', 'Gansu', 'GS', '甘', 'province', 28),
      ('630000', '青海省', 'Qinghai', 'QH', '青', 'province', 29),
      ('640000', '宁夏回族自治区', 'Ningxia', 'NX', '宁', 'autonomous_region', 30),
      ('650000', '新疆维吾尔自治区', 'Xinjiang', 'XJ', '新', 'autonomous_region', 31),
      ('710000', '台湾省', 'Taiwan', 'TW', '台', 'province', 32),
      ('810000', '香港特别行政区', 'Hong Kong', 'HK', '港', 'sar', 33),
      ('820000', '澳门特别行政区', 'Macao', 'MO', '澳', 'sar', 34)`);
    await queryRunner.query(`INSERT INTO "sectors" ("code", "name_zh", "name_en", "opinion_action", "sort_order") VALUES
      ('manufacturing', '制造业', 'Manufacturing', 'industry', 1),
      ('agriculture', '农业农村', 'Agriculture and rural affairs', 'industry', 2),
      ('energy', '能源', 'Energy', 'industry', 3),
      ('transport', '交通运输', 'Transport', 'industry', 4),
      ('logistics', '物流', 'Logistics', 'industry', 5),
      ('finance', '金融', 'Finance', 'industry', 6),
      ('software_it', '软件和信息服务', 'Software and information services', 'industry', 7),
      ('commerce', '商贸消费', 'Commerce, retail and consumption', 'consumption', 8),
      ('smart_terminals', '智能终端', 'Intelligent terminals and devices', 'consumption', 9),
      ('culture_tourism', '文化和旅游', 'Culture and tourism', 'consumption', 10),
      ('healthcare', '医疗卫生', 'Healthcare', 'livelihood', 11),
      ('education', '教育', 'Education', 'livelihood', 12),
      ('elderly_care', '养老服务', 'Elderly care', 'livelihood', 13),
      ('employment', '就业和社会保障', 'Employment and social security', 'livelihood', 14),
      ('government_services', '政务服务', 'Government services', 'governance', 15),
      ('urban_governance', '城市和社会治理', 'Urban and social governance', 'governance', 16),
      ('public_safety', '应急管理和公共安全', 'Emergency management and public safety', 'governance', 17),
      ('ecology', '生态环境', 'Ecology and environment', 'governance', 18),
      ('scientific_research', '科学研究', 'Scientific research', 'science_technology', 19)`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DELETE FROM "sectors"`);
    await queryRunner.query(`DELETE FROM "regions"`);
  }
}
