import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ChangeEvent,
  type CompositionEvent,
  type KeyboardEvent,
} from 'react';
import { cleanSearchText } from '../utils/task-filters';

export const SEARCH_DEBOUNCE_MS = 350;

// Search-as-you-type that waits for a pause and never fires while an input method (拼音, 五笔) is
// still composing: the half-typed "suan'li" is not a search, the chosen 算力 is.
export const useDebouncedSearch = (value: string | undefined, onSearch: (q: string | undefined) => void) => {
  const [text, setText] = useState(value ?? '');
  const composing = useRef(false);
  const committed = useRef(value ?? '');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const onSearchRef = useRef(onSearch);
  useEffect(() => {
    onSearchRef.current = onSearch;
  });

  const cancel = () => {
    if (timer.current !== undefined) clearTimeout(timer.current);
    timer.current = undefined;
  };

  const commit = useCallback((raw: string) => {
    cancel();
    const cleaned = cleanSearchText(raw) ?? '';
    if (cleaned === committed.current) return;
    committed.current = cleaned;
    onSearchRef.current(cleaned || undefined);
  }, []);

  const schedule = (raw: string) => {
    cancel();
    timer.current = setTimeout(() => commit(raw), SEARCH_DEBOUNCE_MS);
  };

  // The URL changed from elsewhere (back button, "clear filters"): show its text.
  useEffect(() => {
    const next = value ?? '';
    if (next !== committed.current) {
      committed.current = next;
      cancel();
      setText(next);
    }
  }, [value]);

  useEffect(() => cancel, []);

  return {
    text,
    onChange: (event: ChangeEvent<HTMLInputElement>) => {
      setText(event.target.value);
      const nativeComposing = (event.nativeEvent as InputEvent).isComposing === true;
      if (!composing.current && !nativeComposing) schedule(event.target.value);
    },
    onCompositionStart: () => {
      composing.current = true;
      cancel();
    },
    onCompositionEnd: (event: CompositionEvent<HTMLInputElement>) => {
      composing.current = false;
      schedule(event.currentTarget.value);
    },
    // Enter searches at once, unless it is the Enter that confirms an IME candidate.
    onKeyDown: (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key !== 'Enter') return;
      if (composing.current || event.nativeEvent.isComposing || event.keyCode === 229) return;
      event.preventDefault();
      commit(event.currentTarget.value);
    },
    submit: () => commit(text),
  };
};
