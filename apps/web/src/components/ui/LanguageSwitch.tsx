import { useTranslation } from 'react-i18next';
import { SUPPORTED_LOCALES, type Locale } from '../../lib/locale';

type LanguageSwitchProps = {
  value: string;
  onChange: (locale: Locale) => void;
  disabled?: boolean;
};

export const LanguageSwitch = ({ value, onChange, disabled = false }: LanguageSwitchProps) => {
  const { t } = useTranslation('common');
  return (
    <div className="language-switch" role="group" aria-label={t('language.label')}>
      {SUPPORTED_LOCALES.map((locale) => (
        <button
          key={locale}
          type="button"
          lang={locale}
          className="language-switch__option"
          aria-pressed={value === locale}
          disabled={disabled}
          onClick={() => {
            if (value !== locale) onChange(locale);
          }}
        >
          {t(`language.${locale}`)}
        </button>
      ))}
    </div>
  );
};
