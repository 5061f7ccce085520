export const referenceKeys = {
  all: ['reference'] as const,
  measures: () => [...referenceKeys.all, 'measures'] as const,
  regions: () => [...referenceKeys.all, 'regions'] as const,
  sectors: () => [...referenceKeys.all, 'sectors'] as const,
  units: () => [...referenceKeys.all, 'units'] as const,
};
