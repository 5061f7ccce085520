import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../../lib/intl-format';
import type { PersonRef, TaskDetail } from '../api/types';
import { useTaskValueText } from '../hooks/use-task-value-text';
import { diffTaskEdit, pendingTaskFields, type FieldChange } from '../utils/task-conflict';
import { toTaskFormValues, type TaskFormField, type TaskFormValues } from '../utils/task-form';
import { textChange } from '../utils/text-change';
import { FIELD_LABEL_KEYS } from './TaskForm';

type TaskConflictViewProps = {
  base: TaskFormValues;
  mine: TaskFormValues;
  current: TaskDetail;
  people: PersonRef[];
  pending: boolean;
  onReapply: () => void;
  onEditMerged: () => void;
  onDiscard: () => void;
};

const keepsMine = (change: FieldChange) => change === 'mine' || change === 'both';

// Below this much text in common, a change is a rewrite: marking it would only strike everything.
const MIN_COMMON_CHARS = 4;

// A text as changed from `before`: the removed part struck, the added part underlined, each also
// named for screen readers.
const ChangedText = ({ before, after, fallback }: { before: string; after: string; fallback: string }) => {
  const { t } = useTranslation('tasks');
  const change = textChange(before, after);
  const common = Array.from(change.prefix).length + Array.from(change.suffix).length;
  if ((!change.added && !change.removed) || common < MIN_COMMON_CHARS)
    return <>{after.trim() ? after : fallback}</>;
  const marked = (label: string, text: string) => (
    <>
      <span className="visually-hidden">{label}</span>
      {text}
      <span className="visually-hidden">{t('conflict.markEnd')}</span>
    </>
  );
  return (
    <span className="text-change">
      {change.prefix}
      {change.removed ? <del>{marked(t('conflict.removed'), change.removed)}</del> : null}
      {change.added ? <ins>{marked(t('conflict.added'), change.added)}</ins> : null}
      {change.suffix}
    </span>
  );
};

const TEXT_FIELDS: readonly TaskFormField[] = ['title', 'requirement'];

// Shown instead of the form after a 409: what I typed and what is saved now, side by side, field by field.
export const TaskConflictView = ({
  base,
  mine,
  current,
  people,
  pending,
  onReapply,
  onEditMerged,
  onDiscard,
}: TaskConflictViewProps) => {
  const { t, i18n } = useTranslation('tasks');
  const headingRef = useRef<HTMLHeadingElement>(null);
  const valueText = useTaskValueText(people);
  const theirs = toTaskFormValues(current);
  const rows = diffTaskEdit(base, mine, theirs);
  const pendingFields = pendingTaskFields(base, mine, theirs);
  const theirRows = rows.filter((row) => row.change !== 'mine');
  // A side's value, with its own edit of a text marked against the version both started from.
  const shown = (field: TaskFormField, values: TaskFormValues, changed: boolean) =>
    changed && TEXT_FIELDS.includes(field) ? (
      <ChangedText
        before={base[field as 'title' | 'requirement']}
        after={values[field as 'title' | 'requirement']}
        fallback={t('conflict.empty')}
      />
    ) : (
      valueText(field, values)
    );

  useEffect(() => headingRef.current?.focus(), []);

  const intro = current.updatedBy
    ? t('conflict.intro', {
        name: current.updatedBy.displayName,
        date: formatDate(current.updatedAt, i18n.language),
        version: current.version,
      })
    : t('conflict.introUnknown', { version: current.version });

  return (
    <section className="conflict" aria-labelledby="conflict-title">
      <p className="visually-hidden" role="alert">
        {t('conflict.alert')}
      </p>
      <h1 id="conflict-title" tabIndex={-1} ref={headingRef}>
        <span aria-hidden="true">⚠ </span>
        {t('conflict.title')}
      </h1>
      <p className="conflict__task">
        {current.code} {current.title}
      </p>
      <p>{intro}</p>
      {theirRows.length === 0 ? <p className="muted">{t('conflict.noFormChanges')}</p> : null}
      <div className="table-scroll">
        <table className="data-table conflict-table">
          <caption>{t('conflict.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('conflict.field')}</th>
              <th scope="col">{t('conflict.mine')}</th>
              <th scope="col">{t('conflict.theirs')}</th>
              <th scope="col">{t('conflict.outcome')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ field, change }) => (
              <tr key={field} className={`conflict-row conflict-row--${change}`}>
                <th scope="row">
                  <span className="conflict-table__field">{t(FIELD_LABEL_KEYS[field])}</span>
                  <span className="conflict-table__change">{t(`conflict.change.${change}`)}</span>
                </th>
                <td className={`prose${keepsMine(change) ? ' conflict-table__kept' : ''}`}>
                  {shown(field, mine, change !== 'theirs')}
                </td>
                <td className={`prose${keepsMine(change) ? '' : ' conflict-table__kept'}`}>
                  {shown(field, theirs, change !== 'mine')}
                </td>
                <td>{keepsMine(change) ? t('conflict.keepsMine') : t('conflict.keepsTheirs')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field-hint">{t('conflict.reapplyHint')}</p>
      <div className="button-row">
        <button type="button" className="button button--primary" disabled={pending} onClick={onReapply}>
          {pendingFields.length ? t('conflict.reapply') : t('conflict.useCurrent')}
        </button>
        <button type="button" className="button" disabled={pending} onClick={onEditMerged}>
          {t('conflict.editMerged')}
        </button>
        <button type="button" className="button button--quiet" disabled={pending} onClick={onDiscard}>
          {t('conflict.discard')}
        </button>
      </div>
    </section>
  );
};
