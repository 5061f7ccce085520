import { useInfiniteQuery, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { isApiError } from '../../../lib/api-client';
import { authKeys } from '../../auth/api/auth.keys';
import { referenceKeys } from '../../reference/api/reference.keys';
import type { AuditFilters } from '../utils/audit-filters';
import {
  adminPeopleQueryOptions,
  adminUnitsQueryOptions,
  auditQueryOptions,
  createPerson,
  createUnit,
  createWorkspace,
  resetPassword,
  updatePerson,
  updateUnit,
  updateWorkspace,
  workspaceQueryOptions,
  type CreatePersonBody,
  type CreateUnitBody,
  type CreateWorkspaceBody,
  type UpdatePersonBody,
  type UpdateUnitBody,
  type UpdateWorkspaceBody,
} from './admin.api';
import { adminKeys } from './admin.keys';

export const useAdminUnits = () => useQuery(adminUnitsQueryOptions());
export const useAdminPeople = () => useQuery(adminPeopleQueryOptions());
export const useWorkspaceSettings = () => useQuery(workspaceQueryOptions());
export const useAuditLog = (filters: AuditFilters) => useInfiniteQuery(auditQueryOptions(filters));

export const isVersionConflict = (error: unknown) =>
  isApiError(error) && error.status === 409 && error.code.endsWith('_VERSION_CONFLICT');

// Every admin write changes what other pages list (units and people pickers, the audit log).
const useAfterWrite = () => {
  const queryClient = useQueryClient();
  return {
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.all });
      void queryClient.invalidateQueries({ queryKey: referenceKeys.all });
    },
    // A stale version: load the current rows so the form shows what is there now.
    onError: (error: unknown) => {
      if (isVersionConflict(error)) void queryClient.invalidateQueries({ queryKey: adminKeys.all });
    },
  };
};

export const useCreateUnit = () =>
  useMutation({ mutationFn: (body: CreateUnitBody) => createUnit(body), ...useAfterWrite() });

export const useUpdateUnit = () =>
  useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdateUnitBody }) => updateUnit(id, body),
    ...useAfterWrite(),
  });

export const useCreatePerson = () =>
  useMutation({ mutationFn: (body: CreatePersonBody) => createPerson(body), ...useAfterWrite() });

export const useUpdatePerson = () =>
  useMutation({
    mutationFn: ({ id, body }: { id: string; body: UpdatePersonBody }) => updatePerson(id, body),
    ...useAfterWrite(),
  });

export const useResetPassword = () =>
  useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) => resetPassword(id, password),
    ...useAfterWrite(),
  });

export const useUpdateWorkspace = () => {
  const after = useAfterWrite();
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateWorkspaceBody) => updateWorkspace(body),
    onSuccess: (settings) => {
      queryClient.setQueryData(adminKeys.workspace(), settings);
      after.onSuccess();
      // the header shows the workspace name from /auth/me
      void queryClient.invalidateQueries({ queryKey: authKeys.all });
    },
    onError: after.onError,
  });
};

export const useCreateWorkspace = () =>
  useMutation({ mutationFn: (body: CreateWorkspaceBody) => createWorkspace(body), ...useAfterWrite() });
