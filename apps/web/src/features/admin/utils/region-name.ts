import type { Region } from '../../reference/api/types';

export const regionName = (regions: readonly Region[] | undefined, code: string | null, lang: string) => {
  if (!code) return '';
  const region = regions?.find((r) => r.code === code);
  if (!region) return code;
  return lang === 'en' ? region.nameEn : region.nameZh;
};
