import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { CHINA_TILE_GRID_SIZE } from '../utils/china-tile-grid';
import type { RegionTile } from '../utils/to-region-series';

type ProvinceTileMapProps = {
  tiles: RegionTile[];
  metricLabel: string;
  formatValue: (value: number) => string;
  hrefFor: (code: string) => string;
};

// Tiles with tasks are links named with their value; the others are plain text, out of the tab order.
export const ProvinceTileMap = ({ tiles, metricLabel, formatValue, hrefFor }: ProvinceTileMapProps) => {
  const { t, i18n } = useTranslation('dashboard');
  return (
    <ul
      className="dash-tilemap"
      lang={i18n.language}
      aria-label={t('regions.mapLabel', { metric: metricLabel })}
      style={{
        gridTemplateColumns: `repeat(${CHINA_TILE_GRID_SIZE.cols}, minmax(0, 1fr))`,
        gridTemplateRows: `repeat(${CHINA_TILE_GRID_SIZE.rows}, auto)`,
      }}
      data-testid="province-tile-map"
    >
      {tiles.map((tile) => {
        const place = { gridRow: tile.row + 1, gridColumn: tile.col + 1 };
        if (tile.value === null || !tile.shade) {
          return (
            <li key={tile.code} className="dash-tile dash-tile--empty" style={place} data-region={tile.code}>
              <span className="dash-tile__name" aria-hidden="true">
                {tile.shortName}
              </span>
              <span className="visually-hidden">{t('regions.tileEmpty', { name: tile.name })}</span>
            </li>
          );
        }
        const value = formatValue(tile.value);
        return (
          <li key={tile.code} style={place} className="dash-tile__slot">
            <Link
              to={hrefFor(tile.code)}
              className="dash-tile"
              style={{ background: tile.shade.fill, color: tile.shade.textColor }}
              data-region={tile.code}
              data-tasks={tile.tasks}
              data-value={tile.value}
            >
              <span className="dash-tile__name">{tile.shortName}</span>{' '}
              <span className="dash-tile__value">{value}</span>
              {/* The accessible name starts with the visible text, then says what it measures. */}
              <span className="visually-hidden">
                {t('regions.tileDetails', {
                  name: tile.name,
                  metric: metricLabel,
                  tasks: tile.tasks,
                  count: tile.tasks,
                })}
              </span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
};
