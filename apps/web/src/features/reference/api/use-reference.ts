import { useQuery } from '@tanstack/react-query';
import {
  measuresQueryOptions,
  regionsQueryOptions,
  sectorsQueryOptions,
  unitsQueryOptions,
} from './reference.api';

export const useMeasures = () => useQuery(measuresQueryOptions());
export const useRegions = () => useQuery(regionsQueryOptions());
export const useSectors = () => useQuery(sectorsQueryOptions());
export const useUnits = () => useQuery(unitsQueryOptions());
