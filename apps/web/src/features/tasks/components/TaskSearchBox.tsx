import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedSearch } from '../hooks/use-debounced-search';
import { MAX_QUERY_LENGTH } from '../utils/task-filters';

type TaskSearchBoxProps = {
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
};

export const TaskSearchBox = ({ value, onSearch }: TaskSearchBoxProps) => {
  const { t } = useTranslation('tasks');
  const id = useId();
  const search = useDebouncedSearch(value, onSearch);

  const handleSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    search.submit();
  };

  return (
    <form className="filter-bar__search" role="search" onSubmit={handleSubmit}>
      <div className="field field--inline">
        <label htmlFor={id}>{t('filter.q')}</label>
        <input
          id={id}
          name="q"
          type="search"
          value={search.text}
          placeholder={t('filter.qPlaceholder')}
          maxLength={MAX_QUERY_LENGTH}
          aria-describedby={`${id}-hint`}
          autoComplete="off"
          onChange={search.onChange}
          onCompositionStart={search.onCompositionStart}
          onCompositionEnd={search.onCompositionEnd}
          onKeyDown={search.onKeyDown}
        />
        <span id={`${id}-hint`} className="visually-hidden">
          {t('filter.qHint')}
        </span>
      </div>
      <button type="submit" className="button">
        {t('filter.search')}
      </button>
    </form>
  );
};
