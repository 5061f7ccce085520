import { DEPARTMENTS, REGIONS, type DepartmentData, type RegionData } from './seed-data';

export type UnitLevel = 'central' | 'provincial' | 'local';

export type UnitPlan = {
  code: string;
  nameZh: string;
  nameEn: string;
  regionCode: string;
  level: UnitLevel;
  dept: string;
};

export const NATIONAL = '000000';

// The demo shows a dozen provinces that are active on AI; larger data sets cover every mainland region.
const DEMO_PROVINCES = [
  '110000',
  '310000',
  '440000',
  '320000',
  '330000',
  '510000',
  '420000',
  '370000',
  '610000',
  '500000',
  '350000',
  '230000',
];
const DEMO_BASE_DEPTS = ['ndrc', 'miit', 'nda', 'most', 'moe'];
const DEMO_EXTRA_DEPTS = ['cac', 'mohrss', 'samr', 'mof', 'sasac', 'nhc'];

// Most relevant to the AI+ plan first: a province with fewer units keeps these.
const PROVINCIAL_DEPT_ORDER = [
  'ndrc',
  'miit',
  'nda',
  'most',
  'moe',
  'cac',
  'mohrss',
  'mof',
  'samr',
  'sasac',
  'cnipa',
  'nhc',
  'mot',
  'mofcom',
  'pboc',
  'nfra',
  'mps',
  'nea',
  'mara',
  'gosc',
  'mem',
  'mee',
  'mct',
  'mca',
  'mfa',
];
const LOCAL_DEPT_ORDER = [
  'ndrc',
  'miit',
  'nda',
  'most',
  'moe',
  'mohrss',
  'mof',
  'samr',
  'nhc',
  'mot',
  'mofcom',
  'cac',
  'sasac',
];

// Taiwan, Hong Kong and Macao have no counterparts of these departments.
const WITHOUT_COUNTERPARTS = new Set(['710000', '810000', '820000']);

// Three prefecture-level cities (districts for municipalities) per region: [name_zh, name_en, slug].
const CITIES: Record<string, readonly (readonly [string, string, string])[]> = {
  '110000': [
    ['海淀区', 'Haidian District', 'haidian'],
    ['朝阳区', 'Chaoyang District', 'chaoyang'],
    ['丰台区', 'Fengtai District', 'fengtai'],
  ],
  '120000': [
    ['滨海新区', 'Binhai New Area', 'binhai'],
    ['和平区', 'Heping District', 'heping'],
    ['西青区', 'Xiqing District', 'xiqing'],
  ],
  '130000': [
    ['石家庄市', 'Shijiazhuang', 'shijiazhuang'],
    ['唐山市', 'Tangshan', 'tangshan'],
    ['保定市', 'Baoding', 'baoding'],
  ],
  '140000': [
    ['太原市', 'Taiyuan', 'taiyuan'],
    ['大同市', 'Datong', 'datong'],
    ['长治市', 'Changzhi', 'changzhi'],
  ],
  '150000': [
    ['呼和浩特市', 'Hohhot', 'hohhot'],
    ['包头市', 'Baotou', 'baotou'],
    ['鄂尔多斯市', 'Ordos', 'ordos'],
  ],
  '210000': [
    ['沈阳市', 'Shenyang', 'shenyang'],
    ['大连市', 'Dalian', 'dalian'],
    ['鞍山市', 'Anshan', 'anshan'],
  ],
  '220000': [
    ['长春市', 'Changchun', 'changchun'],
    ['吉林市', 'Jilin City', 'jilin'],
    ['四平市', 'Siping', 'siping'],
  ],
  '230000': [
    ['哈尔滨市', 'Harbin', 'harbin'],
    ['大庆市', 'Daqing', 'daqing'],
    ['齐齐哈尔市', 'Qiqihar', 'qiqihar'],
  ],
  '310000': [
    ['浦东新区', 'Pudong New Area', 'pudong'],
    ['徐汇区', 'Xuhui District', 'xuhui'],
    ['闵行区', 'Minhang District', 'minhang'],
  ],
  '320000': [
    ['南京市', 'Nanjing', 'nanjing'],
    ['苏州市', 'Suzhou', 'suzhou'],
    ['无锡市', 'Wuxi', 'wuxi'],
  ],
  '330000': [
    ['杭州市', 'Hangzhou', 'hangzhou'],
    ['宁波市', 'Ningbo', 'ningbo'],
    ['温州市', 'Wenzhou', 'wenzhou'],
  ],
  '340000': [
    ['合肥市', 'Hefei', 'hefei'],
    ['芜湖市', 'Wuhu', 'wuhu'],
    ['蚌埠市', 'Bengbu', 'bengbu'],
  ],
  '350000': [
    ['福州市', 'Fuzhou', 'fuzhou'],
    ['厦门市', 'Xiamen', 'xiamen'],
    ['泉州市', 'Quanzhou', 'quanzhou'],
  ],
  '360000': [
    ['南昌市', 'Nanchang', 'nanchang'],
    ['赣州市', 'Ganzhou', 'ganzhou'],
    ['九江市', 'Jiujiang', 'jiujiang'],
  ],
  '370000': [
    ['济南市', 'Jinan', 'jinan'],
    ['青岛市', 'Qingdao', 'qingdao'],
    ['烟台市', 'Yantai', 'yantai'],
  ],
  '410000': [
    ['郑州市', 'Zhengzhou', 'zhengzhou'],
    ['洛阳市', 'Luoyang', 'luoyang'],
    ['新乡市', 'Xinxiang', 'xinxiang'],
  ],
  '420000': [
    ['武汉市', 'Wuhan', 'wuhan'],
    ['襄阳市', 'Xiangyang', 'xiangyang'],
    ['宜昌市', 'Yichang', 'yichang'],
  ],
  '430000': [
    ['长沙市', 'Changsha', 'changsha'],
    ['株洲市', 'Zhuzhou', 'zhuzhou'],
    ['湘潭市', 'Xiangtan', 'xiangtan'],
  ],
  '440000': [
    ['广州市', 'Guangzhou', 'guangzhou'],
    ['深圳市', 'Shenzhen', 'shenzhen'],
    ['东莞市', 'Dongguan', 'dongguan'],
  ],
  '450000': [
    ['南宁市', 'Nanning', 'nanning'],
    ['柳州市', 'Liuzhou', 'liuzhou'],
    ['桂林市', 'Guilin', 'guilin'],
  ],
  '460000': [
    ['海口市', 'Haikou', 'haikou'],
    ['三亚市', 'Sanya', 'sanya'],
    ['儋州市', 'Danzhou', 'danzhou'],
  ],
  '500000': [
    ['渝北区', 'Yubei District', 'yubei'],
    ['渝中区', 'Yuzhong District', 'yuzhong'],
    ['沙坪坝区', 'Shapingba District', 'shapingba'],
  ],
  '510000': [
    ['成都市', 'Chengdu', 'chengdu'],
    ['绵阳市', 'Mianyang', 'mianyang'],
    ['宜宾市', 'Yibin', 'yibin'],
  ],
  '520000': [
    ['贵阳市', 'Guiyang', 'guiyang'],
    ['遵义市', 'Zunyi', 'zunyi'],
    ['六盘水市', 'Liupanshui', 'liupanshui'],
  ],
  '530000': [
    ['昆明市', 'Kunming', 'kunming'],
    ['曲靖市', 'Qujing', 'qujing'],
    ['玉溪市', 'Yuxi', 'yuxi'],
  ],
  '540000': [
    ['拉萨市', 'Lhasa', 'lhasa'],
    ['日喀则市', 'Shigatse', 'shigatse'],
    ['林芝市', 'Nyingchi', 'nyingchi'],
  ],
  '610000': [
    ['西安市', "Xi'an", 'xian'],
    ['宝鸡市', 'Baoji', 'baoji'],
    ['咸阳市', 'Xianyang', 'xianyang'],
  ],
  '620000': [
    ['兰州市', 'Lanzhou', 'lanzhou'],
    ['天水市', 'Tianshui', 'tianshui'],
    ['酒泉市', 'Jiuquan', 'jiuquan'],
  ],
  '630000': [
    ['西宁市', 'Xining', 'xining'],
    ['海东市', 'Haidong', 'haidong'],
    ['海西州', 'Haixi Prefecture', 'haixi'],
  ],
  '640000': [
    ['银川市', 'Yinchuan', 'yinchuan'],
    ['石嘴山市', 'Shizuishan', 'shizuishan'],
    ['吴忠市', 'Wuzhong', 'wuzhong'],
  ],
  '650000': [
    ['乌鲁木齐市', 'Urumqi', 'urumqi'],
    ['克拉玛依市', 'Karamay', 'karamay'],
    ['哈密市', 'Hami', 'hami'],
  ],
};

// Municipal departments whose real names differ from the provincial pattern: [name_zh suffix, name_en suffix].
const MUNICIPAL_NAMES: Record<string, readonly [string, string]> = {
  moe: ['教育委员会', 'Education Commission'],
  '110000:miit': ['经济和信息化局', 'Bureau of Economy and Information Technology'],
  '310000:miit': ['经济和信息化委员会', 'Commission of Economy and Informatization'],
  '500000:miit': ['经济和信息化委员会', 'Commission of Economy and Information Technology'],
  '110000:most': ['科学技术委员会', 'Science and Technology Commission'],
  '310000:most': ['科学技术委员会', 'Science and Technology Commission'],
};

const deptByCode = new Map(DEPARTMENTS.map((d) => [d.code, d]));
const regionByCode = new Map(REGIONS.map((r) => [r.code, r]));

export const MAX_UNITS = 2000;
// Below this many units the demo layout (12 provinces, ~6 departments each) is used.
const DEMO_UNITS = 97;

// About one unit per 50 tasks, at least the demo layout and at most ~2,000 units.
export function planUnits(taskCount: number): UnitPlan[] {
  const target = Math.min(MAX_UNITS, Math.max(DEMO_UNITS, Math.round(taskCount / 50)));
  const units: UnitPlan[] = DEPARTMENTS.map((d) => ({
    code: d.code,
    nameZh: d.name_zh,
    nameEn: d.name_en,
    regionCode: NATIONAL,
    level: 'central',
    dept: d.code,
  }));
  if (target <= DEMO_UNITS) {
    DEMO_PROVINCES.forEach((code, i) => {
      const region = regionByCode.get(code)!;
      for (const dept of [...DEMO_BASE_DEPTS, DEMO_EXTRA_DEPTS[i % DEMO_EXTRA_DEPTS.length]]) {
        units.push(provincialUnit(deptByCode.get(dept)!, region));
      }
    });
    return units;
  }
  const regions = provinceOrder();
  const perProvince = Math.min(
    PROVINCIAL_DEPT_ORDER.length,
    Math.max(6, Math.floor((target - units.length) / regions.length)),
  );
  for (const region of regions) {
    for (const dept of PROVINCIAL_DEPT_ORDER.slice(0, perProvince))
      units.push(provincialUnit(deptByCode.get(dept)!, region));
  }
  const localPerProvince = Math.max(0, Math.round((target - units.length) / regions.length));
  for (const region of regions) {
    const cities = CITIES[region.code] ?? [];
    cities.forEach((city, j) => {
      const count = Math.min(
        LOCAL_DEPT_ORDER.length,
        Math.floor(localPerProvince / cities.length) + (j < localPerProvince % cities.length ? 1 : 0),
      );
      for (const dept of LOCAL_DEPT_ORDER.slice(0, count))
        units.push(localUnit(deptByCode.get(dept)!, region, city));
    });
  }
  return units;
}

// The demo provinces first, then the other mainland regions in GB/T 2260 order.
export function provinceOrder(): RegionData[] {
  const rest = REGIONS.filter((r) => !DEMO_PROVINCES.includes(r.code) && !WITHOUT_COUNTERPARTS.has(r.code));
  return [...DEMO_PROVINCES.map((c) => regionByCode.get(c)!), ...rest];
}

export function regionName(code: string): string {
  return code === NATIONAL ? '全国' : (regionByCode.get(code)?.name_zh ?? code);
}

// 广西壮族自治区 → 广西, 北京市 → 北京, 广东省 → 广东
function baseName(nameZh: string): string {
  return nameZh.replace(/(壮族|回族|维吾尔)?自治区$|省$|市$/, '');
}

function provincialUnit(dept: DepartmentData, region: RegionData): UnitPlan {
  const municipality = region.type === 'municipality';
  let nameZh =
    dept.code === 'nfra'
      ? `金融监管总局${baseName(region.name_zh)}监管局`
      : // the Party committee of an autonomous region is its 党委: 广西壮族自治区党委网信办
        dept.provincial_zh.replace(/省(委)?/g, (_, committee?: string) =>
          committee
            ? `${region.name_zh}${region.type === 'autonomous_region' ? '党委' : '委'}`
            : region.name_zh,
        );
  // municipalities name their departments 局, not 厅 (北京市财政局)
  if (municipality && !nameZh.endsWith('办公厅')) nameZh = nameZh.replace(/厅$/, '局');
  const qualifier = municipality
    ? `${region.name_en} Municipal`
    : region.type === 'province'
      ? `${region.name_en} Provincial`
      : region.name_en;
  let nameEn = dept.provincial_en.replace('Provincial', qualifier).replace('provincial', region.name_en);
  if (municipality) nameEn = nameEn.replace('Department', 'Bureau');
  const municipal = municipality
    ? (MUNICIPAL_NAMES[`${region.code}:${dept.code}`] ?? MUNICIPAL_NAMES[dept.code])
    : undefined;
  if (municipal) {
    nameZh = `${region.name_zh}${municipal[0]}`;
    nameEn = `${region.name_en} Municipal ${municipal[1]}`;
  }
  return {
    code: `${dept.code}-${region.short.toLowerCase()}`,
    nameZh,
    nameEn,
    regionCode: region.code,
    level: 'provincial',
    dept: dept.code,
  };
}

function localUnit(
  dept: DepartmentData,
  region: RegionData,
  [cityZh, cityEn, slug]: readonly [string, string, string],
): UnitPlan {
  // districts of a municipality carry the municipality's name: 北京市海淀区发展改革委
  const prefix = region.type === 'municipality' ? `${region.name_zh}${cityZh}` : cityZh;
  const nameZh = dept.provincial_zh
    .replace('省', prefix)
    .replace(/人民政府办公厅$/, '人民政府办公室')
    .replace(/厅$/, '局');
  const qualifier = /District|Area|Prefecture/.test(cityEn) ? cityEn : `${cityEn} Municipal`;
  const nameEn = dept.provincial_en.replace('Provincial', qualifier).replace('Department', 'Bureau');
  return {
    code: `${dept.code}-${region.short.toLowerCase()}-${slug}`,
    nameZh,
    nameEn,
    regionCode: region.code,
    level: 'local',
    dept: dept.code,
  };
}
