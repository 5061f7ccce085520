const PERIOD = /^(\d{4})-(\d{2})$/;

// A reporting period YYYY-MM: 2026年10月 in Chinese, as is in English (ISO, like the dates).
export const periodLabel = (period: string, locale: string): string => {
  const match = PERIOD.exec(period);
  if (!match || !locale.startsWith('zh')) return period;
  return `${match[1]}年${Number(match[2])}月`;
};
