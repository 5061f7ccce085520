// Dates as whole day numbers (days since 1970-01-01) and periods as month numbers (year * 12 + month - 1):
// the generator does millions of date steps, and integers keep that cheap. Monthly cadence only.
const MS_PER_DAY = 86_400_000;
const isoCache = new Map<number, string>();

export function toDay(iso: string): number {
  return (
    Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY
  );
}

export function toIso(day: number): string {
  let iso = isoCache.get(day);
  if (iso === undefined) {
    iso = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache.set(day, iso);
  }
  return iso;
}

export function monthOf(day: number): number {
  const d = new Date(day * MS_PER_DAY);
  return d.getUTCFullYear() * 12 + d.getUTCMonth();
}

export function monthStart(month: number): number {
  return Date.UTC(Math.floor(month / 12), month % 12, 1) / MS_PER_DAY;
}

export function monthEnd(month: number): number {
  return monthStart(month + 1) - 1;
}

export function toPeriod(month: number): string {
  return `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, '0')}`;
}

export function fromPeriod(period: string): number {
  return Number(period.slice(0, 4)) * 12 + Number(period.slice(5, 7)) - 1;
}

// minutes after midnight in Asia/Shanghai
export function timestamp(day: number, minutes: number): string {
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${toIso(day)} ${hh}:${mm}:00+08`;
}
