import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { FigureCard, type FigureTone } from '../../../components/ui/FigureCard';
import type { TaskState } from '../../tasks/api/types';
import { toTaskSearchParams } from '../../tasks/utils/task-filters';
import type { DashboardTotals } from '../api/types';

type FigureKey = 'tasks' | 'completed' | 'onTrack' | 'behind' | 'overdue' | 'reportsMissing';

// Each figure drills down to the task list filtered the same way, so the numbers can be checked.
const FIGURES: { key: FigureKey; tone: FigureTone; state?: TaskState; all?: boolean }[] = [
  { key: 'tasks', tone: 'neutral', all: true },
  { key: 'completed', tone: 'green', state: 'completed' },
  { key: 'onTrack', tone: 'green', state: 'on_track' },
  { key: 'behind', tone: 'yellow', state: 'behind' },
  { key: 'overdue', tone: 'red', state: 'overdue' },
  { key: 'reportsMissing', tone: 'grey' },
];

type SummaryFiguresProps = {
  totals: DashboardTotals;
};

export const SummaryFigures = ({ totals }: SummaryFiguresProps) => {
  const { t } = useTranslation('dashboard');
  return (
    <dl className="figure-grid" aria-label={t('figures.label')}>
      {FIGURES.map((figure) => {
        const label = t(`figures.${figure.key}`);
        const search = figure.state ? `?${toTaskSearchParams({ state: figure.state }).toString()}` : '';
        const linked = figure.all || figure.state;
        return (
          <FigureCard
            key={figure.key}
            label={label}
            value={totals[figure.key]}
            tone={figure.tone}
            action={
              linked ? (
                <Link className="figure-card__link" to={`/tasks${search}`}>
                  {figure.all ? t('figures.viewAll') : t('figures.viewTasks', { label })}
                </Link>
              ) : undefined
            }
          />
        );
      })}
    </dl>
  );
};
