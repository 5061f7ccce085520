import { useCallback, useEffect, useRef, useState } from 'react';
import { downloadFile } from './download-file';

export type DownloadState<K extends string> =
  | { status: 'idle' }
  | { status: 'busy'; item: K }
  | { status: 'done'; item: K; fileName: string }
  | { status: 'error'; item: K; error: unknown };

// One download at a time per control; leaving the page cancels it.
export const useDownload = <K extends string>() => {
  const [state, setState] = useState<DownloadState<K>>({ status: 'idle' });
  const controller = useRef<AbortController | null>(null);

  useEffect(() => () => controller.current?.abort(), []);

  const start = useCallback(async (item: K, href: string, fallbackName: string) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ status: 'busy', item });
    try {
      const file = await downloadFile(href, fallbackName, current.signal);
      if (!current.signal.aborted) setState({ status: 'done', item, fileName: file.fileName });
    } catch (error) {
      if (!current.signal.aborted) setState({ status: 'error', item, error });
    }
  }, []);

  return { state, start };
};
