import type { Rng } from './prng';

// Realistic Chinese wording for the demo: names, requirements, milestones and report narratives.

const SURNAMES = [
  ...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤',
];
const GIVEN = [
  ...'伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚英华玉萍红建文辉力鹏宇浩凯欣晨博睿思雪婷琳颖倩志海峰斌俊晓立新东卫国永春燕慧佳嘉亮晶荣锋梅丹楠蕾彬飞健毅清昊然',
];

export function personName(rng: Rng): string {
  const given = rng.chance(0.25) ? rng.pick(GIVEN) : rng.pick(GIVEN) + rng.pick(GIVEN);
  return rng.pick(SURNAMES) + given;
}

type Num = (rng: Rng) => string;
const n =
  (min: number, max: number): Num =>
  (rng) =>
    String(rng.int(min, max));

// A phrase with numeric slots; slots draw fresh numbers each time it is used.
type Phrase = readonly [string, ...Num[]];

function render(rng: Rng, [text, ...slots]: Phrase): string {
  let i = 0;
  return text.replace(/\{\}/g, () => slots[i++](rng));
}

const ACTIONS: Record<string, readonly Phrase[]> = {
  policy: [
    ['起草形成专项支持政策征求意见稿，并征求相关部门意见'],
    ['梳理形成人工智能支持政策清单{}项', n(8, 36)],
    ['完成{}个财政支持项目的申报评审', n(6, 48)],
    ['下达人工智能领域专项资金{}亿元', n(1, 12)],
    ['推动设立人工智能产业投资基金，首期规模{}0亿元', n(2, 10)],
    ['组织银企对接会{}场，促成授信{}亿元', n(2, 6), n(5, 80)],
    ['开展人工智能领域知识产权保护专项行动，受理专利快速预审案件{}件', n(30, 400)],
    ['开展公平竞争审查，清理妨碍统一市场和公平竞争的规定{}件', n(2, 15)],
    ['召开政策宣讲解读会{}场，覆盖企业{}家', n(2, 8), n(60, 900)],
    ['编制人工智能产业集群发展规划，明确{}个重点集聚区', n(2, 6)],
    ['推动产学研用合作项目{}项，促成技术成果转化{}项', n(5, 40), n(2, 18)],
  ],
  pilots: [
    ['发布第{}批人工智能应用场景清单，涉及场景{}个', n(1, 4), n(12, 90)],
    ['组织供需对接活动{}场，促成合作项目{}个', n(2, 6), n(8, 60)],
    ['中试基地建设方案通过专家论证，完成项目备案'],
    ['完成中试基地首批设备采购和部署调试'],
    ['汇聚行业高质量数据集{}个，数据量约{}TB', n(3, 40), n(20, 600)],
    ['遴选典型应用案例{}个并编印案例集', n(6, 30)],
    ['组织企业与行业用户开展联合攻关项目{}项', n(3, 20)],
    ['推动{}个成熟应用在{}家单位规模化部署', n(2, 12), n(10, 200)],
  ],
  infrastructure: [
    ['新增智能算力规模{}PFLOPS', n(50, 900)],
    ['完成算力枢纽节点间高速直连网络链路测试'],
    ['接入算力调度平台的算力资源达到{}PFLOPS', n(200, 3000)],
    ['发放算力券{}万元，惠及中小企业{}家', n(200, 5000), n(20, 300)],
    ['数据交易机构新增挂牌数据产品{}个', n(10, 260)],
    ['起草数据资产登记管理办法征求意见稿'],
    ['开源社区新增托管项目{}个，注册开发者{}万人', n(20, 400), n(1, 30)],
    ['推动{}家单位开放共享大模型训练数据集', n(3, 40)],
  ],
  talent: [
    ['新增人工智能相关本科专业点{}个', n(2, 20)],
    ['在{}所中小学开展人工智能通识教育试点', n(20, 300)],
    ['组织人工智能师资培训{}期，培训教师{}人次', n(2, 10), n(100, 3000)],
    ['建设产教融合实训基地{}个', n(2, 15)],
    ['形成人工智能工程技术人员职业标准征求意见稿'],
    ['开展人工智能技能等级认定{}人次', n(200, 8000)],
    ['引进海外高层次人工智能人才{}人', n(3, 60)],
    ['举办人工智能素养公益讲座{}场，覆盖群众{}万人次', n(10, 120), n(1, 50)],
  ],
  security: [
    ['完成{}个大模型的安全评估和备案审核', n(3, 40)],
    ['开展数据安全专项检查{}次，督促整改问题{}项', n(2, 12), n(10, 120)],
    ['组织人工智能基础设施网络安全攻防演练'],
    ['起草模型系统安全测试规范（试行）'],
    ['在教育、医疗领域完成{}个人工智能应用的测试验证', n(3, 30)],
    ['排查人工智能安全风险隐患{}项，整改完成率{}%', n(20, 200), n(60, 100)],
    ['建立人工智能供应链风险监测清单'],
    ['开展生成式人工智能服务专项检查{}次', n(2, 10)],
  ],
};

const GENERIC_ACTIONS: readonly Phrase[] = [
  ['召开专题推进会{}次，研究解决重点问题{}个', n(1, 4), n(2, 9)],
  ['赴{}个地市开展调研督导', n(2, 9)],
  ['建立任务台账和月调度机制'],
  ['与配合单位召开协调会，进一步明确分工和时间节点'],
];

const OPENERS = ['', '', '围绕任务目标，', '按照工作方案，', '会同配合单位，', '对照年度目标，'];

const PROBLEMS: readonly string[] = [
  '部分配套资金尚未到位，影响项目推进进度。',
  '专业人才储备不足，相关工作推进力量偏弱。',
  '配合单位工作进度不一，协同推进机制需进一步完善。',
  '受年度预算调整影响，部分项目开工时间推迟。',
  '项目审批流程较长，前期手续办理耗时较多。',
];
const MEASURE_PROBLEMS: Record<string, readonly string[]> = {
  policy: [
    '相关政策文件会签部门较多，出台进度慢于预期。',
    '社会资本投入意愿偏弱，基金募资进度不及预期。',
    '政策兑现流程较长，企业获得感有待提升。',
  ],
  pilots: [
    '部分行业用户开放场景意愿不强，参与积极性有待提高。',
    '高质量行业数据集供给不足，标注质量参差不齐。',
    '中试基地运营机制尚不健全，设备利用率偏低。',
  ],
  infrastructure: [
    '智能算力使用成本偏高，中小企业应用门槛较高。',
    '跨部门数据共享机制仍需完善，数据归集进度偏慢。',
    '数据产权登记、定价等配套规则尚待明确。',
  ],
  talent: [
    '高校师资和课程资源不足，部分试点学校推进较慢。',
    '职业标准征求意见范围广，修改完善耗时较长。',
    '海外人才引进受签证、薪酬等因素影响，进度偏慢。',
  ],
  security: [
    '第三方安全检测评估机构数量偏少，测试验证能力不足。',
    '相关标准规范尚未出台，检查评估缺乏统一依据。',
    '部分企业安全合规意识不强，整改进度偏慢。',
  ],
};

const NEXT_STEPS: readonly string[] = [
  '加强与配合单位沟通协调，形成工作合力',
  '按照时间节点倒排工期，加大督促调度力度',
  '及时总结试点经验，做好复制推广准备',
  '做好资金拨付和项目跟踪管理',
  '组织专家开展评估论证，进一步完善工作方案',
  '加强宣传解读，营造良好氛围',
  '梳理存在问题，逐项明确整改措施和完成时限',
];

const DELIVERABLES: Record<string, readonly Phrase[]> = {
  policy: [
    ['出台配套政策文件并抓好落实'],
    ['形成政策支持清单并完成首批不少于{}个项目支持', n(10, 50)],
    ['建立健全工作机制，政策惠及企业数量明显增加'],
  ],
  pilots: [
    ['开放一批高价值应用场景，形成不少于{}个可复制推广的典型案例', n(5, 30)],
    ['建成并运营中试基地，服务企业不少于{}家', n(30, 200)],
    ['形成行业高质量数据集不少于{}个', n(5, 50)],
  ],
  infrastructure: [
    ['算力供给能力和网络支撑能力显著提升，智能算力规模达到{}00PFLOPS', n(5, 50)],
    ['形成数据要素流通交易制度框架并开展试点'],
    ['开源生态初步形成，汇聚开源项目不少于{}个', n(100, 1000)],
  ],
  talent: [
    ['人工智能人才培养体系初步建立'],
    ['开展人工智能相关培训不少于{}万人次', n(1, 20)],
    ['相关标准和制度文件印发实施'],
  ],
  security: [
    ['形成安全评估测试规范并开展常态化检测'],
    ['重点领域人工智能安全风险得到有效防范'],
    ['建立健全人工智能安全保障工作机制'],
  ],
};

const MIDDLE_MILESTONES: Record<string, readonly string[]> = {
  policy: [
    '完成政策文件起草和意见征求',
    '出台配套支持政策',
    '完成首批项目评审和资金下达',
    '开展政策实施效果评估',
  ],
  pilots: [
    '发布首批应用场景清单',
    '遴选首批试点单位',
    '中试基地建成投用',
    '组织供需对接和联合攻关',
    '形成典型案例集',
  ],
  infrastructure: ['完成项目可行性研究和方案论证', '主体工程建设完成', '平台上线试运行', '完成制度文件起草'],
  talent: ['完成专业和课程设置方案', '首批试点学校启动实施', '发布职业标准征求意见稿', '完成首期培训'],
  security: ['完成风险排查和摸底评估', '出台安全测试评估规范', '完成首轮测试验证', '开展专项检查'],
};
const FIRST_MILESTONES = ['制定并印发工作方案', '完成调研摸底并形成实施方案', '成立工作专班并明确责任分工'];
const LAST_MILESTONES = ['全面完成任务并总结验收', '形成可复制推广经验并总结评估', '完成验收并报送总结报告'];

export const REVIEW_COMMENTS: readonly string[] = [
  '进展情况表述过于笼统，请补充量化指标和佐证材料。',
  '填报进度与节点完成情况不一致，请核实后重新报送。',
  '请补充存在问题及下步工作安排。',
  '请补充配合单位的工作进展情况。',
];

export const SUSPENDED_REASONS: readonly string[] = [
  '受上级政策调整影响，经专班同意暂缓实施，待配套政策明确后重启。',
  '项目选址调整，待用地手续办结后恢复推进。',
  '资金渠道调整，待年度预算批复后恢复实施。',
  '与国家统一部署存在交叉，按要求暂缓推进，待统筹方案印发后重新部署。',
];

export function milestoneTitles(rng: Rng, measure: string, count: number): string[] {
  const pool = MIDDLE_MILESTONES[measure];
  // the middle steps keep the order they have in the pool, which is the order work happens in
  const middle = rng.pickSome(pool, count - 2).sort((a, b) => pool.indexOf(a) - pool.indexOf(b));
  return [rng.pick(FIRST_MILESTONES), ...middle, rng.pick(LAST_MILESTONES)];
}

export function requirementText(
  rng: Rng,
  measureName: string,
  measure: string,
  title: string,
  regionZh: string | null,
  dueDate: string | null,
): string {
  const local = regionZh ? `结合${regionZh}实际，` : '';
  const deliverable = render(rng, rng.pick(DELIVERABLES[measure]));
  const goal = dueDate
    ? `${Number(dueDate.slice(0, 4))}年${Number(dueDate.slice(5, 7))}月底前，${deliverable}。`
    : `建立常态化推进机制，持续推进，${deliverable}，按月报送工作进展。`;
  const plain = title.replace(/[。；]$/, '');
  return `贯彻落实国发〔2025〕11号文件关于“${measureName}”的部署要求，${local}${plain}。${goal}`;
}

export function periodLabel(period: string): string {
  return `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;
}

export type NarrativeKind = 'first' | 'regular' | 'completed' | 'suspended';

export type Narrator = (period: string, progress: number, kind: NarrativeKind) => string;

// One per task: its measure's actions in a shuffled order, so consecutive reports tell different things;
// one-off actions (no numbers) are told once.
export function narrator(rng: Rng, measure: string): Narrator {
  const deck = rng.pickSome(ACTIONS[measure], ACTIONS[measure].length);
  let cursor = 0;
  const used = new Set<Phrase>();
  const nextAction = (): string => {
    for (let tries = 0; tries < deck.length; tries++) {
      const phrase = deck[cursor++ % deck.length];
      if (phrase.length > 1 || !used.has(phrase)) {
        used.add(phrase);
        return render(rng, phrase);
      }
    }
    return render(rng, rng.pick(GENERIC_ACTIONS));
  };
  return (period, progress, kind) => {
    const label = periodLabel(period);
    if (kind === 'first') {
      return `${label}，任务正式启动，成立工作专班，明确责任分工和时间节点；${render(rng, rng.pick(GENERIC_ACTIONS))}。`;
    }
    if (kind === 'completed')
      return `${label}，${nextAction()}，任务各项目标已全部完成，形成总结报告并报送专班。`;
    if (kind === 'suspended') return `${label}，${nextAction()}。根据工作安排，任务自本期起暂缓推进。`;
    const first = nextAction();
    const second = rng.chance(0.5) ? nextAction() : render(rng, rng.pick(GENERIC_ACTIONS));
    const closing = rng.chance(0.6) ? `截至本期末，任务总体进度${progress}%。` : '各项工作有序推进。';
    return `${label}，${rng.pick(OPENERS)}${first}；${second}。${closing}`;
  };
}

export function problemsText(rng: Rng, measure: string, lagging: boolean): string {
  if (!rng.chance(lagging ? 0.85 : 0.3)) return '';
  const pick = () => (rng.chance(0.6) ? rng.pick(MEASURE_PROBLEMS[measure]) : rng.pick(PROBLEMS));
  if (!rng.chance(0.25)) return pick();
  const [a, b] = [pick(), pick()];
  return a === b ? a : `${a}同时，${b}`;
}

export const SUSPENDED_NEXT_STEPS = '下一步，密切跟踪暂缓原因的变化，待条件具备后及时申请恢复推进。';

export function nextStepsText(rng: Rng, nextMilestone: string | null): string {
  const [a, b] = rng.pickSome(NEXT_STEPS, 2);
  return nextMilestone && rng.chance(0.6)
    ? `下一步，加快推进“${nextMilestone}”相关工作，确保按期完成；${a}。`
    : `下一步，${a}；${b}。`;
}
