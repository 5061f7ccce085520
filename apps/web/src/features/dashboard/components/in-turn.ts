import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

// The parts of the dashboard that can wait for the figures (the panels below the first row, the
// charts) are rendered in turn: one part per task, each after the browser has painted since the last,
// at background priority, so that input, and whatever React renders for it (a filter just chosen),
// goes first. A part's render and layout are one task of their own, never one long task of several.

type Turn = { show: () => void; cancelled: boolean; first: boolean };

const waiting: Turn[] = [];
let draining = false;

const inBackground = (next: () => void) => {
  if (typeof scheduler !== 'undefined') void scheduler.postTask(next, { priority: 'background' });
  else setTimeout(next, 0);
};

const afterPaint = (next: () => void) => requestAnimationFrame(() => inBackground(next));

const showNext = () => {
  let turn = waiting.shift();
  while (turn?.cancelled) turn = waiting.shift();
  if (!turn) {
    draining = false;
    return;
  }
  turn.show();
  afterPaint(showNext);
};

// Everything waiting, at once: the page is about to be printed.
export const showAllNow = (): void => {
  for (let turn = waiting.shift(); turn; turn = waiting.shift()) if (!turn.cancelled) turn.show();
};

if (typeof window !== 'undefined') window.addEventListener('beforeprint', showAllNow);

// True once the part's turn has come; it queues when `ready` (its code there, scrolled into view, …).
// `first`: ahead of the parts already waiting (a chart in view before the panels below the fold).
export const useInTurn = (ready = true, { first = false } = {}): boolean => {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!ready || shown) return;
    // Synchronously, so the part's render, commit and layout are this one task.
    const turn: Turn = { cancelled: false, first, show: () => flushSync(() => setShown(true)) };
    // After the other `first` ones: in the page's order among themselves.
    const at = first ? waiting.filter((t) => t.first).length : waiting.length;
    waiting.splice(at, 0, turn);
    if (!draining) {
      draining = true;
      afterPaint(showNext);
    }
    return () => {
      turn.cancelled = true;
    };
  }, [ready, shown, first]);
  return shown;
};
