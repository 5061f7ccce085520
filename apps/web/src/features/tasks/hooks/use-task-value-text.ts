import { useTranslation } from 'react-i18next';
import { formatDate, formatList } from '../../../lib/intl-format';
import { localName } from '../../../lib/locale';
import { useMeasures, useRegions, useSectors, useUnits } from '../../reference/api/use-reference';
import type { PersonRef } from '../api/types';
import type { TaskFormField, TaskFormValues } from '../utils/task-form';

// One form field's value as a person reads it (names, not ids), for the conflict comparison.
export const useTaskValueText = (people: PersonRef[]) => {
  const { t, i18n } = useTranslation('tasks');
  const lang = i18n.language;
  const measures = useMeasures();
  const regions = useRegions();
  const sectors = useSectors();
  const units = useUnits();
  const empty = t('conflict.empty');

  const unitName = (id: string) => {
    const unit = units.data?.find((candidate) => candidate.id === id);
    return unit ? localName(unit, lang) : id;
  };

  return (field: TaskFormField, values: TaskFormValues): string => {
    switch (field) {
      case 'title':
      case 'requirement':
        return values[field].trim() ? values[field] : empty;
      case 'measure': {
        const measure = measures.data?.find((candidate) => candidate.code === values.measure);
        return measure ? localName(measure, lang) : values.measure || empty;
      }
      case 'region': {
        const region = regions.data?.find((candidate) => candidate.code === values.region);
        return region ? localName(region, lang) : values.region || empty;
      }
      case 'sectors': {
        const names = values.sectors.map((code) => {
          const sector = sectors.data?.find((candidate) => candidate.code === code);
          return sector ? localName(sector, lang) : code;
        });
        return names.length ? formatList(names, lang) : empty;
      }
      case 'leadUnitId':
        return values.leadUnitId ? unitName(values.leadUnitId) : empty;
      case 'cooperatingUnitIds':
        return values.cooperatingUnitIds.length
          ? formatList(values.cooperatingUnitIds.map(unitName), lang)
          : t('detail.noCooperatingUnits');
      case 'responsiblePersonId':
        return people.find((person) => person.id === values.responsiblePersonId)?.displayName ?? empty;
      case 'startDate':
        return values.startDate ? formatDate(values.startDate, lang) : empty;
      case 'dueDate':
        if (values.ongoing) return t('dueDate.ongoing');
        return values.dueDate ? formatDate(values.dueDate, lang) : empty;
    }
  };
};
