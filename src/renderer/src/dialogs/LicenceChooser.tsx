import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LICENCES, type LicenceInfo } from '../../../core/model/licences';
import type { LicenceId } from '../../../core/model/types';

/** The i18n key of each licence's one-line explanation; a new licence id fails to compile here. */
const EXPLANATIONS = {
  'CC0-1.0': 'cc0',
  'CC-BY-4.0': 'ccBy',
  'CC-BY-SA-4.0': 'ccBySa',
  'CC-BY-NC-4.0': 'ccByNc',
  'CC-BY-NC-SA-4.0': 'ccByNcSa',
  'CC-BY-ND-4.0': 'ccByNd',
  'CC-BY-NC-ND-4.0': 'ccByNcNd',
  'all-rights-reserved': 'allRightsReserved',
} as const satisfies Record<LicenceId, string>;

/** A licence's full name in the interface language (English where the table has none). */
export function licenceName(licence: LicenceInfo, uiLanguage: string): string {
  return licence.name[uiLanguage] ?? licence.name['en'] ?? licence.short;
}

/** Props of {@link LicenceChooser}. */
export interface LicenceChooserProps {
  value: LicenceId;
  onChange: (licence: LicenceId) => void;
}

/**
 * The course licence as a radio list, most open first: each licence's full name in the
 * interface language, its short name, and one plain line on what it lets others do. No links:
 * the app works offline, and the licence page of every package links the deed.
 */
export function LicenceChooser({ value, onChange }: LicenceChooserProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const ui = i18n.resolvedLanguage ?? 'en';
  return (
    <fieldset className="choice-group" aria-describedby={`${id}-hint`}>
      <legend>{t('details.licence')}</legend>
      <p className="modal-note licence-hint" id={`${id}-hint`}>
        {t('details.licenceHint')}
      </p>
      <div className="licence-grid">
        {LICENCES.map((licence, i) => {
          const name = licenceName(licence, ui);
          const showShort = licence.url !== null && !name.startsWith(licence.short);
          return (
            <label key={licence.id} className="choice">
              <input
                type="radio"
                name={`${id}-licence`}
                value={licence.id}
                checked={value === licence.id}
                onChange={() => onChange(licence.id)}
                aria-labelledby={`${id}-${i}-label`}
                aria-describedby={`${id}-${i}-description`}
              />
              <span className="choice-text">
                <span className="choice-label" id={`${id}-${i}-label`}>
                  {name}
                  {/* Read as "… International (CC BY 4.0)"; shown on a line of its own. */}
                  {showShort ? (
                    <>
                      <span className="visually-hidden"> (</span>
                      <span className="licence-short">{licence.short}</span>
                      <span className="visually-hidden">)</span>
                    </>
                  ) : null}
                </span>
                <span className="choice-description" id={`${id}-${i}-description`}>
                  {t(`licences.${EXPLANATIONS[licence.id]}`)}
                </span>
              </span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
