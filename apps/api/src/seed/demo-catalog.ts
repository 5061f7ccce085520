// Fixed choices of the demo data set that are not in data/*.json.

export const MEASURE_PREFIX: Record<string, string> = {
  policy: 'POL',
  pilots: 'PIL',
  infrastructure: 'INF',
  talent: 'TAL',
  security: 'SEC',
};

// Plausible sectors per task template (sectors.json codes), the most typical first.
export const TEMPLATE_SECTORS: Record<string, readonly string[]> = {
  'policy-01': [
    'manufacturing',
    'healthcare',
    'education',
    'transport',
    'finance',
    'energy',
    'agriculture',
    'government_services',
  ],
  'policy-02': ['software_it', 'manufacturing', 'scientific_research'],
  'policy-03': ['finance', 'software_it'],
  'policy-04': ['scientific_research', 'software_it'],
  'policy-05': ['commerce', 'software_it', 'smart_terminals'],
  'policy-06': ['manufacturing', 'software_it', 'smart_terminals'],
  'policy-07': ['scientific_research', 'manufacturing', 'education'],
  'pilots-01': [
    'government_services',
    'urban_governance',
    'transport',
    'healthcare',
    'manufacturing',
    'commerce',
    'culture_tourism',
    'elderly_care',
  ],
  'pilots-02': ['manufacturing', 'logistics', 'commerce', 'agriculture'],
  'pilots-03': ['scientific_research', 'manufacturing', 'energy'],
  'pilots-04': ['urban_governance', 'government_services', 'agriculture', 'healthcare'],
  'pilots-05': ['manufacturing', 'healthcare', 'education'],
  'pilots-06': ['manufacturing', 'healthcare', 'transport', 'finance', 'agriculture'],
  'pilots-07': ['manufacturing', 'software_it'],
  'pilots-08': ['manufacturing', 'smart_terminals', 'commerce', 'logistics', 'energy'],
  'infrastructure-01': ['software_it', 'energy'],
  'infrastructure-02': ['software_it'],
  'infrastructure-03': ['software_it', 'energy'],
  'infrastructure-04': ['software_it', 'finance', 'government_services'],
  'infrastructure-05': ['finance', 'software_it'],
  'infrastructure-06': ['software_it', 'scientific_research'],
  'infrastructure-07': ['software_it', 'scientific_research'],
  'infrastructure-08': ['software_it', 'manufacturing'],
  'talent-01': ['education', 'scientific_research'],
  'talent-02': ['education', 'manufacturing'],
  'talent-03': ['education'],
  'talent-04': ['education', 'scientific_research'],
  'talent-05': ['employment'],
  'talent-06': ['employment'],
  'talent-07': ['scientific_research', 'employment'],
  'talent-08': ['employment'],
  'talent-09': ['education', 'elderly_care', 'employment'],
  'security-01': ['software_it', 'public_safety'],
  'security-02': ['software_it', 'government_services', 'finance'],
  'security-03': ['software_it', 'energy', 'public_safety'],
  'security-04': ['software_it'],
  'security-05': ['education', 'healthcare', 'transport'],
  'security-06': ['public_safety', 'urban_governance'],
  'security-07': ['public_safety', 'software_it'],
  'security-08': ['software_it', 'smart_terminals'],
  'security-09': ['manufacturing', 'software_it', 'smart_terminals'],
};

// Sectors only the national-scale set adds to a template's pool, so all 19 sectors carry tasks there;
// the demo keeps TEMPLATE_SECTORS alone (its draws, and so its output, must not change).
export const NATIONAL_EXTRA_SECTORS: Record<string, readonly string[]> = {
  'policy-01': ['ecology'],
  'pilots-01': ['ecology'],
  'pilots-06': ['ecology'],
};

export type FixedPerson = {
  username: string;
  displayName: string;
  role: 'admin' | 'leader' | 'unit_head' | 'staff' | 'viewer';
  unit: string;
};

// One login per role; unit is a central unit code.
export const FIXED_PEOPLE: readonly FixedPerson[] = [
  { username: 'admin', displayName: '系统管理员', role: 'admin', unit: 'ndrc' },
  { username: 'leader', displayName: '张卫东', role: 'leader', unit: 'ndrc' },
  { username: 'head', displayName: '李明华', role: 'unit_head', unit: 'miit' },
  { username: 'staff', displayName: '王晓燕', role: 'staff', unit: 'miit' },
  { username: 'viewer', displayName: '陈思远', role: 'viewer', unit: 'gosc' },
];
