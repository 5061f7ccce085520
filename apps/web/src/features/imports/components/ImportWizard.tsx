import type { ImportResult } from '@plan/contracts';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatNumber } from '../../../lib/intl-format';
import { useDownload } from '../../exports/api/use-exports';
import { useExportErrorMessage } from '../../exports/api/use-export-error-message';
import { IMPORT_TEMPLATE_FALLBACK_NAME, IMPORT_TEMPLATE_HREF } from '../api/imports.api';
import { useImportApply, useImportDryRun } from '../api/use-imports';
import { useImportErrorMessage } from '../api/use-import-error-message';
import {
  checkImportFile,
  IMPORT_ACCEPT,
  IMPORT_MAX_MB,
  type ImportFileIssue,
} from '../utils/import-file-check';
import { canApply, hasWork, unlistedErrors } from '../utils/import-result';
import { ImportErrorTable } from './ImportErrorTable';
import { ImportStep, type StepState } from './ImportStep';
import { ImportSummary } from './ImportSummary';

const fileSizeKb = (size: number) => Math.max(0.1, Math.round(size / 102.4) / 10);

// Four steps on one page, so nothing chosen is lost between them: the template, the file, a dry run
// that lists every bad cell, and the import itself, allowed only after a clean dry run of that file.
export const ImportWizard = () => {
  const { t, i18n } = useTranslation('imports');
  const lang = i18n.language;
  const id = useId();
  const importError = useImportErrorMessage();
  const downloadError = useExportErrorMessage();
  const template = useDownload<'template'>();
  const dryRun = useImportDryRun();
  const apply = useImportApply();
  const [file, setFile] = useState<File | null>(null);
  const [fileIssue, setFileIssue] = useState<ImportFileIssue | null>(null);
  const [preview, setPreview] = useState<ImportResult | null>(null);
  const [applied, setApplied] = useState<ImportResult | null>(null);
  const [refused, setRefused] = useState(false);
  const [inputKey, setInputKey] = useState(0);
  const previewRef = useRef<HTMLDivElement>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const chooseFile = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = event.target.files?.[0] ?? null;
    setFile(chosen);
    setFileIssue(chosen ? checkImportFile(chosen) : null);
    setPreview(null);
    setApplied(null);
    setRefused(false);
    dryRun.reset();
    apply.reset();
  };

  const check = () => {
    if (!file || fileIssue) return;
    apply.reset();
    setRefused(false);
    dryRun.mutate(file, {
      onSuccess: (result) => {
        setPreview(result);
        window.setTimeout(() => previewRef.current?.focus(), 0);
      },
    });
  };

  const runImport = () => {
    if (!file || !canApply(preview)) return;
    setRefused(false);
    apply.mutate(file, {
      onSuccess: (result) => {
        if (result.applied) {
          setApplied(result);
          window.setTimeout(() => resultRef.current?.focus(), 0);
          return;
        }
        // Refused as a whole (the data changed since the check): the answer lists what is wrong now.
        setPreview(result);
        setRefused(true);
      },
    });
  };

  const startOver = () => {
    setFile(null);
    setFileIssue(null);
    setPreview(null);
    setApplied(null);
    setRefused(false);
    dryRun.reset();
    apply.reset();
    setInputKey((key) => key + 1);
  };

  const fileOk = Boolean(file) && !fileIssue;
  const applyReady = canApply(preview);
  const steps: Record<1 | 2 | 3 | 4, StepState> = {
    1: template.state.status === 'done' ? 'done' : 'optional',
    2: fileOk ? 'done' : 'current',
    3: applyReady ? 'done' : fileOk ? 'current' : 'upcoming',
    4: applied ? 'done' : applyReady ? 'current' : 'upcoming',
  };
  const applyBlockedReason = !preview
    ? t('apply.needsDryRun')
    : !applyReady
      ? t('apply.blocked', {
          count: preview.summary.errors,
          value: formatNumber(preview.summary.errors, lang),
        })
      : null;

  return (
    <ol className="imp-steps">
      <ImportStep number={1} title={t('template.title')} state={steps[1]}>
        <p className="imp-hint">{t('template.hint')}</p>
        <div className="imp-actions">
          <a
            className="button"
            href={IMPORT_TEMPLATE_HREF}
            data-testid="import-template"
            onClick={(event) => {
              event.preventDefault();
              void template.start('template', IMPORT_TEMPLATE_HREF, IMPORT_TEMPLATE_FALLBACK_NAME);
            }}
          >
            {template.state.status === 'busy' ? t('template.busy') : t('template.download')}
          </a>
          <p className="imp-status" role="status">
            {template.state.status === 'done'
              ? t('template.done', { fileName: template.state.fileName })
              : ''}
          </p>
        </div>
        {template.state.status === 'error' ? (
          <p className="form-error" role="alert">
            {t('template.failed', { reason: downloadError(template.state.error) })}
          </p>
        ) : null}
      </ImportStep>

      <ImportStep number={2} title={t('file.title')} state={steps[2]}>
        <div className="field imp-file">
          <label htmlFor={`${id}-file`}>{t('file.label')}</label>
          <input
            key={inputKey}
            id={`${id}-file`}
            type="file"
            accept={IMPORT_ACCEPT}
            aria-invalid={fileIssue ? true : undefined}
            aria-describedby={`${id}-file-hint${fileIssue ? ` ${id}-file-error` : ''}`}
            onChange={chooseFile}
          />
          <p id={`${id}-file-hint`} className="imp-hint">
            {t('file.hint', { max: formatNumber(IMPORT_MAX_MB, lang) })}
          </p>
          {fileIssue ? (
            <p id={`${id}-file-error`} className="imp-field-error" role="alert">
              {t(`file.issue.${fileIssue.key}`, {
                max: formatNumber(IMPORT_MAX_MB, lang),
              })}
            </p>
          ) : null}
          {file && !fileIssue ? (
            <p className="imp-chosen" data-testid="import-chosen">
              {t('file.chosen', { name: file.name, size: formatNumber(fileSizeKb(file.size), lang) })}
            </p>
          ) : null}
        </div>
      </ImportStep>

      <ImportStep number={3} title={t('dryRun.title')} state={steps[3]}>
        <p className="imp-hint">{t('dryRun.hint')}</p>
        <div className="imp-actions">
          <button
            type="button"
            className="button button--primary"
            disabled={!fileOk || dryRun.isPending || apply.isPending}
            onClick={check}
          >
            {dryRun.isPending ? t('dryRun.busy') : preview ? t('dryRun.again') : t('dryRun.run')}
          </button>
        </div>
        {dryRun.isError ? (
          <p className="form-error" role="alert">
            {t('dryRun.failed', { reason: importError(dryRun.error) })}
          </p>
        ) : null}
        {preview ? (
          <div className="imp-preview" ref={previewRef} tabIndex={-1} data-testid="import-preview">
            <p className={`imp-verdict imp-verdict--${applyReady ? 'ok' : 'bad'}`} role="status">
              <span className="imp-verdict__mark" aria-hidden="true">
                {applyReady ? '✓' : '✕'}
              </span>
              {applyReady
                ? hasWork(preview)
                  ? t('preview.clean')
                  : t('preview.nothingToDo')
                : t('preview.invalid', {
                    count: preview.summary.errors,
                    value: formatNumber(preview.summary.errors, lang),
                  })}
            </p>
            <ImportSummary summary={preview.summary} label={t('preview.summaryLabel')} />
            {preview.sheets.length > 0 ? (
              <p className="imp-hint">{t('preview.sheets', { sheets: preview.sheets.join('、') })}</p>
            ) : null}
            {preview.ignoredColumns.length > 0 ? (
              <div className="imp-ignored">
                <p className="imp-hint">{t('preview.ignoredTitle')}</p>
                <ul>
                  {preview.ignoredColumns.map((column) => (
                    <li key={`${column.header}-${column.reason}`}>
                      {t('preview.ignoredItem', {
                        header: column.header,
                        reason: t(`preview.ignoredReason.${column.reason}`),
                      })}
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {preview.errors.length > 0 ? (
              <ImportErrorTable errors={preview.errors} unlisted={unlistedErrors(preview)} />
            ) : null}
          </div>
        ) : null}
      </ImportStep>

      <ImportStep number={4} title={t('apply.title')} state={steps[4]}>
        {applied ? (
          <div className="imp-result" ref={resultRef} tabIndex={-1} data-testid="import-result">
            <p className="imp-verdict imp-verdict--ok" role="status">
              <span className="imp-verdict__mark" aria-hidden="true">
                ✓
              </span>
              {t('apply.done', {
                create: formatNumber(applied.summary.create, lang),
                update: formatNumber(applied.summary.update, lang),
                unchanged: formatNumber(applied.summary.unchanged, lang),
              })}
            </p>
            <ImportSummary summary={applied.summary} label={t('apply.summaryLabel')} />
            <div className="imp-actions">
              <Link className="button" to="/tasks">
                {t('apply.openTasks')}
              </Link>
              <button type="button" className="button button--quiet" onClick={startOver}>
                {t('apply.another')}
              </button>
            </div>
          </div>
        ) : (
          <>
            <p className="imp-hint">{t('apply.hint')}</p>
            <div className="imp-actions">
              <button
                type="button"
                className="button button--primary"
                disabled={!applyReady || apply.isPending || dryRun.isPending}
                aria-describedby={applyBlockedReason ? `${id}-apply-reason` : undefined}
                onClick={runImport}
              >
                {apply.isPending ? t('apply.busy') : t('apply.run')}
              </button>
              {applyBlockedReason ? (
                <p id={`${id}-apply-reason`} className="imp-hint imp-hint--inline">
                  {applyBlockedReason}
                </p>
              ) : null}
            </div>
            {apply.isError || refused ? (
              <p className="form-error" role="alert">
                {t('apply.failed', {
                  reason: refused ? t('error.IMPORT_INVALID') : importError(apply.error),
                })}
              </p>
            ) : null}
          </>
        )}
      </ImportStep>
    </ol>
  );
};
