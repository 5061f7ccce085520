import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

export type StepState = 'done' | 'current' | 'upcoming' | 'optional';

type ImportStepProps = {
  number: number;
  title: string;
  state: StepState;
  children: ReactNode;
};

// The step's state is written out ("done", "next"), not only drawn.
export const ImportStep = ({ number, title, state, children }: ImportStepProps) => {
  const { t } = useTranslation('imports');
  const headingId = `import-step-${number}`;
  return (
    <li className={`imp-step imp-step--${state}`} data-step={number} data-state={state}>
      <section aria-labelledby={headingId}>
        <div className="imp-step__head">
          <span className="imp-step__number" aria-hidden="true">
            {state === 'done' ? '✓' : number}
          </span>
          <h2 id={headingId}>
            <span className="visually-hidden">{t('step.label', { number })}</span>
            {title}
          </h2>
          <span className="imp-step__state">{t(`step.state.${state}`)}</span>
        </div>
        <div className="imp-step__body">{children}</div>
      </section>
    </li>
  );
};
