import { useMutation, useQueryClient } from '@tanstack/react-query';
import { postImport } from './imports.api';

export const useImportDryRun = () => useMutation({ mutationFn: (file: File) => postImport(file, true) });

// An applied import can touch any task, figure or meeting comparison: everything cached is stale.
export const useImportApply = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => postImport(file, false),
    onSuccess: (result) => {
      if (result.applied) void queryClient.invalidateQueries();
    },
  });
};
