import { useId, type ReactNode } from 'react';

type DashboardPanelProps = {
  title: string;
  hint?: string;
  actions?: ReactNode;
  className?: string;
  testId?: string;
  children: ReactNode;
};

// One titled region of the dashboard; the heading names it for screen-reader navigation.
export const DashboardPanel = ({
  title,
  hint,
  actions,
  className,
  testId,
  children,
}: DashboardPanelProps) => {
  const headingId = useId();
  return (
    <section
      className={className ? `dash-panel ${className}` : 'dash-panel'}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      <header className="dash-panel__header">
        <h2 id={headingId}>{title}</h2>
        {actions ? <div className="dash-panel__actions">{actions}</div> : null}
      </header>
      {hint ? <p className="dash-panel__hint">{hint}</p> : null}
      {children}
    </section>
  );
};
