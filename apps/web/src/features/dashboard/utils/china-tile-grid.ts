// A tile-grid cartogram of the 34 provincial-level divisions: one equal tile each, placed roughly
// where the province lies (north-east top right, Xinjiang and Xizang left, Hainan, Macao and
// Hong Kong bottom). Layout only: names come from the API.
export const CHINA_TILE_GRID_SIZE = { rows: 8, cols: 7 } as const;

export const CHINA_TILE_GRID: Record<string, { row: number; col: number }> = {
  '230000': { row: 0, col: 6 }, // 黑龙江
  '150000': { row: 1, col: 3 }, // 内蒙古
  '110000': { row: 1, col: 4 }, // 北京
  '210000': { row: 1, col: 5 }, // 辽宁
  '220000': { row: 1, col: 6 }, // 吉林
  '650000': { row: 2, col: 0 }, // 新疆
  '620000': { row: 2, col: 1 }, // 甘肃
  '640000': { row: 2, col: 2 }, // 宁夏
  '140000': { row: 2, col: 3 }, // 山西
  '130000': { row: 2, col: 4 }, // 河北
  '120000': { row: 2, col: 5 }, // 天津
  '540000': { row: 3, col: 0 }, // 西藏
  '630000': { row: 3, col: 1 }, // 青海
  '610000': { row: 3, col: 2 }, // 陕西
  '410000': { row: 3, col: 3 }, // 河南
  '370000': { row: 3, col: 4 }, // 山东
  '320000': { row: 3, col: 5 }, // 江苏
  '510000': { row: 4, col: 1 }, // 四川
  '500000': { row: 4, col: 2 }, // 重庆
  '420000': { row: 4, col: 3 }, // 湖北
  '340000': { row: 4, col: 4 }, // 安徽
  '310000': { row: 4, col: 5 }, // 上海
  '530000': { row: 5, col: 1 }, // 云南
  '520000': { row: 5, col: 2 }, // 贵州
  '430000': { row: 5, col: 3 }, // 湖南
  '360000': { row: 5, col: 4 }, // 江西
  '330000': { row: 5, col: 5 }, // 浙江
  '450000': { row: 6, col: 2 }, // 广西
  '440000': { row: 6, col: 3 }, // 广东
  '350000': { row: 6, col: 4 }, // 福建
  '710000': { row: 6, col: 5 }, // 台湾
  '460000': { row: 7, col: 2 }, // 海南
  '820000': { row: 7, col: 3 }, // 澳门
  '810000': { row: 7, col: 4 }, // 香港
};
