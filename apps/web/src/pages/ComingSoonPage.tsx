import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../lib/use-document-title';

export type ComingSoonSection = 'reporting' | 'meetings' | 'admin';

type ComingSoonPageProps = {
  section: ComingSoonSection;
};

export const ComingSoonPage = ({ section }: ComingSoonPageProps) => {
  const { t } = useTranslation('common');
  const title = t(`nav.${section}`);
  useDocumentTitle(title);
  return (
    <div className="page">
      <header className="page-header">
        <h1>{title}</h1>
      </header>
      <p className="empty-state">{t('comingSoon.body')}</p>
    </div>
  );
};
