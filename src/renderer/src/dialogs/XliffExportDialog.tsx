import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

/** Props of {@link XliffExportDialog}. */
export interface XliffExportDialogProps {
  onExport: (version: '1.2' | '2.0') => void;
  onClose: () => void;
}

/** Asks which XLIFF version to write for the translator (1.2 unless their tool wants 2.0). */
export function XliffExportDialog({ onExport, onClose }: XliffExportDialogProps) {
  const { t } = useTranslation();
  const [version, setVersion] = useState<'1.2' | '2.0'>('1.2');
  return (
    <Modal
      title={t('xliff.exportTitle')}
      onClose={onClose}
      submitLabel={t('xliff.export')}
      onSubmit={() => {
        onClose();
        onExport(version);
      }}
    >
      <fieldset className="radio-group">
        <legend>{t('xliff.version')}</legend>
        {(['1.2', '2.0'] as const).map((v) => (
          <label key={v} className="radio">
            <input type="radio" name="xliff-version" checked={version === v} onChange={() => setVersion(v)} />
            {t(v === '1.2' ? 'xliff.v12' : 'xliff.v20')}
          </label>
        ))}
      </fieldset>
      <p className="modal-note">{t('xliff.exportHelp')}</p>
    </Modal>
  );
}
