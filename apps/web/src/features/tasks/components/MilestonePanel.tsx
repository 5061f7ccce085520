import { DEFAULT_TIME_ZONE, todayIn } from '@plan/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../../lib/intl-format';
import type { Milestone, TaskDetail } from '../api/types';
import {
  useCompleteMilestone,
  useCreateMilestone,
  useDeleteMilestone,
  useUpdateMilestone,
} from '../api/use-tasks';
import { useTaskErrorMessage } from '../hooks/use-task-error-message';
import {
  emptyMilestoneForm,
  toMilestoneBody,
  toMilestoneFormValues,
  toMilestonePatch,
  type MilestoneFormValues,
} from '../utils/milestone-form';
import { MilestoneForm } from './MilestoneForm';

type MilestonePanelProps = {
  task: TaskDetail;
  canEdit: boolean;
};

type Editing = { mode: 'add' } | { mode: 'edit'; milestone: Milestone } | null;

export const MilestonePanel = ({ task, canEdit }: MilestonePanelProps) => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  const errorMessage = useTaskErrorMessage();
  const complete = useCompleteMilestone(task.id);
  const create = useCreateMilestone(task.id);
  const update = useUpdateMilestone(task.id);
  const remove = useDeleteMilestone(task.id);
  const [editing, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<string | null>(null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const rowHeaders = useRef<Record<string, HTMLTableCellElement | null>>({});
  const addButton = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);

  // When the form closes, the "add" button comes back: put the keyboard focus on it.
  useEffect(() => {
    if (wasEditing.current && !editing) addButton.current?.focus();
    wasEditing.current = editing !== null;
  }, [editing]);

  const editable = canEdit && !task.archivedAt;
  const today = todayIn(DEFAULT_TIME_ZONE);
  const sorted = [...task.milestones].sort((a, b) => a.dueDate.localeCompare(b.dueDate));
  const busyId = (complete.isPending && complete.variables?.id) || null;

  const announce = (message: string) => {
    setError(null);
    setNotice(message);
  };
  const fail = (failure: unknown) => {
    setNotice('');
    setError(errorMessage(failure));
  };
  // The row stays (same key) while its buttons change: keep the keyboard user there.
  const focusRow = (id: string) => rowHeaders.current[id]?.focus();

  const markDone = (milestone: Milestone) =>
    complete.mutate(
      { id: milestone.id, version: milestone.version },
      {
        onSuccess: () => {
          announce(t('milestone.completed', { title: milestone.title }));
          focusRow(milestone.id);
        },
        onError: fail,
      },
    );

  const reopen = (milestone: Milestone) =>
    update.mutate(
      { id: milestone.id, body: { version: milestone.version, doneDate: null } },
      {
        onSuccess: () => {
          announce(t('milestone.reopened', { title: milestone.title }));
          focusRow(milestone.id);
        },
        onError: fail,
      },
    );

  const confirmDelete = (milestone: Milestone) =>
    remove.mutate(
      { id: milestone.id, version: milestone.version },
      {
        onSuccess: () => {
          setDeleting(null);
          announce(t('milestone.deleted', { title: milestone.title }));
          addButton.current?.focus();
        },
        onError: (failure) => {
          setDeleting(null);
          fail(failure);
        },
      },
    );

  const submitForm = (values: MilestoneFormValues) => {
    setFormError(null);
    const done = (message: string) => {
      setEditing(null);
      announce(message);
    };
    const title = values.title.trim();
    if (editing?.mode === 'edit') {
      const patch = toMilestonePatch(editing.milestone, values);
      update.mutate(
        { id: editing.milestone.id, body: patch },
        {
          onSuccess: () => done(t('milestone.updated', { title })),
          onError: (e) => setFormError(errorMessage(e)),
        },
      );
    } else {
      create.mutate(toMilestoneBody(values), {
        onSuccess: () => done(t('milestone.added', { title })),
        onError: (e) => setFormError(errorMessage(e)),
      });
    }
  };

  return (
    <div className="milestone-panel">
      <div className="live-message" role="status">
        {notice ? <p className="notice notice--success">{notice}</p> : null}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
      {sorted.length === 0 ? (
        <p className="muted">{t('detail.noMilestones')}</p>
      ) : (
        <div className="table-scroll">
          <table className="data-table milestone-table">
            <caption className="visually-hidden">{t('detail.milestones')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('milestone.title')}</th>
                <th scope="col">{t('milestone.dueDate')}</th>
                <th scope="col" className="numeric">
                  {t('milestone.weight')}
                </th>
                <th scope="col">{t('milestone.status')}</th>
                {editable ? <th scope="col">{t('milestone.actions')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {sorted.map((milestone) => {
                const late = !milestone.doneDate && milestone.dueDate < today;
                return (
                  <tr key={milestone.id}>
                    <th
                      scope="row"
                      tabIndex={-1}
                      ref={(element) => {
                        rowHeaders.current[milestone.id] = element;
                      }}
                    >
                      {milestone.title}
                    </th>
                    <td className="nowrap">
                      <time dateTime={milestone.dueDate}>{formatDate(milestone.dueDate, lang)}</time>
                    </td>
                    <td className="numeric">{formatNumber(milestone.weight, lang)}</td>
                    <td>
                      {milestone.doneDate ? (
                        <span className="milestone-state milestone-state--done">
                          <span aria-hidden="true">✓ </span>
                          {t('milestone.done', { date: formatDate(milestone.doneDate, lang) })}
                        </span>
                      ) : (
                        <span className="milestone-state">
                          <span>{t('milestone.pending')}</span>
                          {late ? <span className="tag tag--danger">{t('milestone.late')}</span> : null}
                        </span>
                      )}
                    </td>
                    {editable ? (
                      <td className="milestone-table__actions">
                        {deleting === milestone.id ? (
                          <span
                            className="inline-confirm"
                            role="group"
                            aria-label={t('milestone.deleteConfirm', { title: milestone.title })}
                          >
                            <span>{t('milestone.deleteConfirm', { title: milestone.title })}</span>
                            <button
                              type="button"
                              className="button button--small button--danger"
                              disabled={remove.isPending}
                              onClick={() => confirmDelete(milestone)}
                            >
                              {t('milestone.confirmDelete')}
                            </button>
                            <button
                              type="button"
                              className="button button--small"
                              autoFocus
                              onClick={() => setDeleting(null)}
                            >
                              {t('milestone.cancel')}
                            </button>
                          </span>
                        ) : (
                          <span className="button-row button-row--compact">
                            {milestone.doneDate ? (
                              <button
                                type="button"
                                className="button button--small"
                                aria-label={t('milestone.reopenLabel', { title: milestone.title })}
                                disabled={update.isPending}
                                onClick={() => reopen(milestone)}
                              >
                                {t('milestone.reopen')}
                              </button>
                            ) : (
                              <button
                                type="button"
                                className="button button--small button--primary"
                                aria-label={t('milestone.markDoneLabel', { title: milestone.title })}
                                disabled={busyId === milestone.id}
                                onClick={() => markDone(milestone)}
                              >
                                {busyId === milestone.id ? t('milestone.marking') : t('milestone.markDone')}
                              </button>
                            )}
                            <button
                              type="button"
                              className="button button--small button--quiet"
                              aria-label={t('milestone.editLabel', { title: milestone.title })}
                              onClick={() => {
                                setFormError(null);
                                setEditing({ mode: 'edit', milestone });
                              }}
                            >
                              {t('milestone.edit')}
                            </button>
                            <button
                              type="button"
                              className="button button--small button--quiet"
                              aria-label={t('milestone.deleteLabel', { title: milestone.title })}
                              onClick={() => setDeleting(milestone.id)}
                            >
                              {t('milestone.delete')}
                            </button>
                          </span>
                        )}
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {editable && editing ? (
        <MilestoneForm
          key={editing.mode === 'edit' ? editing.milestone.id : 'new'}
          heading={
            editing.mode === 'edit'
              ? t('milestone.editTitle', { title: editing.milestone.title })
              : t('milestone.addTitle')
          }
          initial={editing.mode === 'edit' ? toMilestoneFormValues(editing.milestone) : emptyMilestoneForm()}
          task={task}
          pending={create.isPending || update.isPending}
          serverError={formError}
          onSubmit={submitForm}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {editable && !editing ? (
        <button
          ref={addButton}
          type="button"
          className="button"
          onClick={() => {
            setFormError(null);
            setEditing({ mode: 'add' });
          }}
        >
          <span aria-hidden="true">＋</span> {t('milestone.add')}
        </button>
      ) : null}
    </div>
  );
};
