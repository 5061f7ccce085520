import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

export type ChartDataTableProps<T extends object> = {
  caption: string;
  data: T[];
  index: keyof T & string;
  indexHeader: string;
  categories: (keyof T & string)[];
  categoryLabels?: Partial<Record<string, string>>;
  valueFormatter?: (value: number) => string;
  // Drill-down targets: with them, every value is a link (the keyboard path into a chart).
  hrefFor?: (datum: T, category: string) => string | undefined;
  visuallyHidden?: boolean;
  extraColumn?: { header: string; render: (datum: T) => ReactNode };
};

const asNumber = (value: unknown): number => (typeof value === 'number' ? value : Number(value) || 0);

// The chart's numbers as a table: hidden, it is the chart's text alternative; shown, a data view.
export const ChartDataTable = <T extends object>({
  caption,
  data,
  index,
  indexHeader,
  categories,
  categoryLabels = {},
  valueFormatter = String,
  hrefFor,
  visuallyHidden = false,
  extraColumn,
}: ChartDataTableProps<T>) => (
  <div className={visuallyHidden ? 'visually-hidden' : 'chart-table'}>
    <table className="data-table">
      <caption className={visuallyHidden ? undefined : 'visually-hidden'}>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{indexHeader}</th>
          {categories.map((category) => (
            <th key={category} scope="col" className="numeric">
              {categoryLabels[category] ?? category}
            </th>
          ))}
          {extraColumn ? (
            <th scope="col" className="numeric">
              {extraColumn.header}
            </th>
          ) : null}
        </tr>
      </thead>
      <tbody>
        {data.map((datum) => (
          <tr key={String(datum[index])}>
            <th scope="row">{String(datum[index])}</th>
            {categories.map((category) => {
              const text = valueFormatter(asNumber(datum[category]));
              const href = hrefFor?.(datum, category);
              return (
                <td key={category} className="numeric">
                  {href ? <Link to={href}>{text}</Link> : text}
                </td>
              );
            })}
            {extraColumn ? <td className="numeric">{extraColumn.render(datum)}</td> : null}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
