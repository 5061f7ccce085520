import { queryOptions } from '@tanstack/react-query';
import { apiRequest } from '../../../lib/api-client';
import { referenceKeys } from './reference.keys';
import type { Measure, Region, Sector, Unit } from './types';

// Reference lists change only when an administrator edits them; an hour is fresh enough.
const REFERENCE_STALE_TIME = 60 * 60_000;

export const fetchMeasures = (signal?: AbortSignal) => apiRequest<Measure[]>('/measures', { signal });
export const fetchRegions = (signal?: AbortSignal) => apiRequest<Region[]>('/regions', { signal });
export const fetchSectors = (signal?: AbortSignal) => apiRequest<Sector[]>('/sectors', { signal });
export const fetchUnits = (signal?: AbortSignal) => apiRequest<Unit[]>('/units', { signal });

export const measuresQueryOptions = () =>
  queryOptions({
    queryKey: referenceKeys.measures(),
    queryFn: ({ signal }) => fetchMeasures(signal),
    staleTime: REFERENCE_STALE_TIME,
    select: (measures) => [...measures].sort((a, b) => a.order - b.order),
  });

export const regionsQueryOptions = () =>
  queryOptions({
    queryKey: referenceKeys.regions(),
    queryFn: ({ signal }) => fetchRegions(signal),
    staleTime: REFERENCE_STALE_TIME,
  });

export const sectorsQueryOptions = () =>
  queryOptions({
    queryKey: referenceKeys.sectors(),
    queryFn: ({ signal }) => fetchSectors(signal),
    staleTime: REFERENCE_STALE_TIME,
  });

export const unitsQueryOptions = () =>
  queryOptions({
    queryKey: referenceKeys.units(),
    queryFn: ({ signal }) => fetchUnits(signal),
    staleTime: REFERENCE_STALE_TIME,
  });
