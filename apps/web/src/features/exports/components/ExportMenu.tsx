import { useEffect, useId, useRef, useState, type KeyboardEvent, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useExportErrorMessage } from '../api/use-export-error-message';
import { useDownload } from '../api/use-exports';
import {
  EXPORT_FALLBACK_NAMES,
  EXPORT_KINDS,
  exportHref,
  type ExportFilters,
  type ExportKind,
} from '../utils/export-url';
import '../exports.css';

type ExportMenuProps = {
  // The page's current task-list filters: every document is produced for exactly that view.
  filters: ExportFilters;
  // A review meeting: the documents reproduce its frozen snapshot instead of today's figures.
  meetingId?: string;
  // Where the menu opens relative to its button; `end` suits a page header's right side.
  align?: 'start' | 'end';
};

// A menu button (WAI-ARIA APG): Enter, Space or ↓ opens it on the first item, ↑ on the last; arrows,
// Home and End move; Escape closes and returns to the button; Tab leaves. Every item is a real link
// carrying the filters, so "copy link" and a middle click still work.
export const ExportMenu = ({ filters, meetingId, align = 'end' }: ExportMenuProps) => {
  const { t } = useTranslation('exports');
  const errorMessage = useExportErrorMessage();
  const id = useId();
  const [open, setOpen] = useState(false);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLAnchorElement | null)[]>([]);
  const pendingFocus = useRef<'first' | 'last' | null>(null);
  const { state, start } = useDownload<ExportKind>();
  const busy = state.status === 'busy';

  useEffect(() => {
    if (!open) return;
    const target = pendingFocus.current === 'last' ? items.current.length - 1 : 0;
    pendingFocus.current = null;
    items.current[target]?.focus();
    const onPointerDown = (event: PointerEvent) => {
      if (root.current && !root.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const openAt = (where: 'first' | 'last') => {
    pendingFocus.current = where;
    setOpen(true);
  };

  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowUp' ? 'last' : 'first');
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const list = items.current.filter((item): item is HTMLAnchorElement => item !== null);
    const index = list.indexOf(document.activeElement as HTMLAnchorElement);
    const move = (to: number) => {
      event.preventDefault();
      list[(to + list.length) % list.length]?.focus();
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(index + 1);
      case 'ArrowUp':
        return move(index - 1);
      case 'Home':
        return move(0);
      case 'End':
        return move(list.length - 1);
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        return close(true);
      case 'Tab':
        // From the button, the browser's own Tab then moves on (or back, with Shift) as from the menu.
        button.current?.focus();
        return setOpen(false);
      case ' ':
        // Space activates a menu item like Enter does; a link alone would scroll the page.
        event.preventDefault();
        (document.activeElement as HTMLElement | null)?.click();
        return undefined;
      default:
        return undefined;
    }
  };

  const choose = (event: MouseEvent<HTMLAnchorElement>, kind: ExportKind) => {
    // Modified clicks (new tab, save link) are the browser's business.
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey || event.button !== 0) return;
    event.preventDefault();
    close(true);
    if (!busy) void start(kind, exportHref(kind, filters, meetingId), EXPORT_FALLBACK_NAMES[kind]);
  };

  const statusText =
    state.status === 'busy'
      ? t('status.busy', { document: t(`kind.${state.item}`) })
      : state.status === 'done'
        ? t('status.done', { fileName: state.fileName })
        : '';

  return (
    <div className={`export-menu export-menu--${align}`} ref={root}>
      <button
        ref={button}
        id={`${id}-button`}
        type="button"
        className="button export-menu__button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? `${id}-menu` : undefined}
        aria-describedby={`${id}-scope`}
        onClick={() => (open ? close(false) : openAt('first'))}
        onKeyDown={onButtonKeyDown}
      >
        {busy ? <span className="spinner export-menu__spinner" aria-hidden="true" /> : null}
        {t('menu.button')}
        <span className="export-menu__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <span id={`${id}-scope`} className="visually-hidden">
        {meetingId ? t('menu.scopeMeeting') : t('menu.scopeFilters')}
      </span>
      {open ? (
        <ul
          id={`${id}-menu`}
          role="menu"
          aria-labelledby={`${id}-button`}
          className="export-menu__list"
          onKeyDown={onMenuKeyDown}
        >
          {EXPORT_KINDS.map((kind, index) => (
            <li key={kind} role="none">
              <a
                ref={(element) => {
                  items.current[index] = element;
                }}
                role="menuitem"
                tabIndex={-1}
                href={exportHref(kind, filters, meetingId)}
                aria-disabled={busy || undefined}
                data-export={kind}
                className="export-menu__item"
                onClick={(event) => choose(event, kind)}
              >
                <span className="export-menu__label">{t(`kind.${kind}`)}</span>
                <span className="export-menu__hint">{t(`hint.${kind}`)}</span>
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="export-menu__status" role="status">
        {statusText}
      </p>
      {state.status === 'error' ? (
        <p className="export-menu__error" role="alert">
          {t('status.failed', { document: t(`kind.${state.item}`), reason: errorMessage(state.error) })}
        </p>
      ) : null}
    </div>
  );
};
