// Reference data for the task feature's component tests, as mockApi routes.
export const referenceRoutes = {
  'GET /api/measures': [
    { id: 'm1', code: 'policy', order: 1, nameZh: '强化政策引导与扶持', nameEn: 'Policy' },
    { id: 'm2', code: 'talent', order: 4, nameZh: '加强人才队伍建设', nameEn: 'Talent' },
  ],
  'GET /api/regions': [
    { code: '000000', nameZh: '全国', nameEn: 'National', short: 'CN', abbrZh: '全国', type: 'national' },
    { code: '440000', nameZh: '广东省', nameEn: 'Guangdong', short: 'GD', abbrZh: '粤', type: 'province' },
  ],
  'GET /api/sectors': [
    { code: 'manufacturing', nameZh: '制造业', nameEn: 'Manufacturing' },
    { code: 'energy', nameZh: '能源', nameEn: 'Energy' },
  ],
  'GET /api/units': [
    {
      id: 'ndrc',
      code: 'ndrc',
      nameZh: '国家发展改革委',
      nameEn: 'NDRC',
      regionCode: '000000',
      level: 'central',
    },
    {
      id: 'miit',
      code: 'miit',
      nameZh: '工业和信息化部',
      nameEn: 'MIIT',
      regionCode: '000000',
      level: 'central',
    },
    { id: 'mof', code: 'mof', nameZh: '财政部', nameEn: 'MOF', regionCode: '000000', level: 'central' },
    {
      id: '01a226f7-c796-7000-8000-0032b3b9ba6c',
      code: 'zj-ndrc',
      nameZh: '浙江省发展改革委',
      nameEn: 'Zhejiang Development and Reform Commission',
      regionCode: '440000',
      level: 'provincial',
    },
    {
      id: 'unit-1',
      code: 'gd-miit',
      nameZh: '广东省工业和信息化厅',
      nameEn: 'Guangdong Department of Industry and IT',
      regionCode: '440000',
      level: 'provincial',
    },
  ],
  'GET /api/people': (url: URL) => {
    const people: Record<string, { id: string; displayName: string }[]> = {
      ndrc: [
        { id: 'p1', displayName: '李四' },
        { id: 'p2', displayName: '赵六' },
      ],
      'unit-1': [{ id: 'u1', displayName: '张三' }],
    };
    const unit = url.searchParams.get('unit') ?? '';
    return new Response(
      JSON.stringify(
        (people[unit] ?? []).map((p) => ({
          ...p,
          username: p.id,
          role: 'staff',
          unitId: unit,
          active: true,
        })),
      ),
      { status: 200, headers: { 'Content-Type': 'application/json' } },
    );
  },
};
