import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LICENCES } from '../../../core/model/licences';
import type { Asset, Attribution, Course } from '../../../core/model/types';
import { Icon } from '../app/Icon';
import { formatBytes } from '../app/formatBytes';
import { assetLibrary, isImage, useAssetLibraryVersion } from '../media/assetLibrary';
import { assetUsage, withAttributions, withoutAssets } from '../state/courseAssets';
import { licenceName } from './LicenceChooser';
import { Modal } from './Modal';
import { TextField } from './TextField';

/** Props of {@link MediaDialog}. */
export interface MediaDialogProps {
  course: Course;
  /** Called with the course with the new attributions (only when something changed). */
  onApply: (course: Course) => void;
  onClose: () => void;
}

/** The kind of a file for people ("PNG image", "MP3 audio"), from its MIME type. */
function kindOf(asset: Asset, t: (key: string, o: { format: string }) => string): string {
  const [family = '', sub = ''] = asset.mime.split('/');
  const format = sub
    .replace(/^svg\+xml$/, 'svg')
    .replace(/^mpeg$/, 'mp3')
    .toUpperCase();
  if (family === 'image') return t('media.kindImage', { format });
  if (family === 'audio') return t('media.kindAudio', { format });
  if (family === 'video') return t('media.kindVideo', { format });
  return asset.mime;
}

/** A small picture of an asset: the image itself, or an icon for audio and video. */
function Thumbnail({ asset }: { asset: Asset }) {
  const url = isImage(asset) ? assetLibrary.urlForHash(asset.hash) : null;
  return (
    <span className="asset-thumb" aria-hidden="true">
      {url ? <img src={url} alt="" /> : <Icon name={isImage(asset) ? 'image' : 'media'} size={20} />}
    </span>
  );
}

/**
 * The course's media: each file with its type, size and a thumbnail, and the attribution every
 * package prints on its licence page (title, author, source, licence). A file no lesson uses
 * (its image was deleted) can be removed, so that packages stop carrying it.
 */
export function MediaDialog({ course, onApply, onClose }: MediaDialogProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  useAssetLibraryVersion();
  const [drafts, setDrafts] = useState<Record<string, Attribution>>(() =>
    Object.fromEntries(course.assets.map((a) => [a.id, { ...a.attribution }])),
  );
  const [removed, setRemoved] = useState<ReadonlySet<string>>(new Set());
  const assets = course.assets.filter((a) => !removed.has(a.id));
  const usage = useMemo(() => assetUsage(course), [course]);
  const [selectedId, setSelectedId] = useState(course.assets[0]?.id ?? null);
  // "Other licence" chosen in the list, before its name is typed.
  const [otherLicence, setOtherLicence] = useState<Record<string, boolean>>({});
  const selected = assets.find((a) => a.id === selectedId);
  const draft = selected ? (drafts[selected.id] ?? {}) : {};
  const ui = i18n.resolvedLanguage ?? 'en';

  const set = (field: keyof Attribution, value: string) => {
    if (!selected) return;
    setDrafts((d) => ({ ...d, [selected.id]: { ...d[selected.id], [field]: value } }));
  };
  const licence = draft.licence ?? '';
  const knownLicence = LICENCES.some((l) => l.id === licence);
  const licenceMode =
    selected && (otherLicence[selected.id] || (licence && !knownLicence)) ? 'other' : licence;

  const remove = (id: string) => {
    const at = assets.findIndex((a) => a.id === id);
    const rest = assets.filter((a) => a.id !== id);
    setRemoved((r) => new Set([...r, id]));
    const next = rest[Math.min(at, rest.length - 1)];
    setSelectedId(next?.id ?? null);
    // The list changed under the keyboard: go on from the file now in its place.
    requestAnimationFrame(() =>
      document
        .querySelector<HTMLElement>(next ? 'dialog[open] .asset-list input:checked' : 'dialog[open] .button')
        ?.focus(),
    );
  };

  const submit = () => {
    const next = withoutAssets(withAttributions(course, drafts), removed);
    if (next !== course) onApply(next);
    onClose();
  };

  return (
    <Modal title={t('media.title')} onClose={onClose} onSubmit={submit} submitLabel={t('media.apply')} wide>
      {assets.length === 0 ? (
        <p className="media-empty">{t('media.empty')}</p>
      ) : (
        <div className="media-layout">
          <fieldset className="choice-group asset-list">
            <legend>{t('media.files', { count: assets.length })}</legend>
            {assets.map((asset) => (
              <label key={asset.id} className="choice asset-choice">
                <input
                  type="radio"
                  name={`${id}-asset`}
                  checked={asset.id === selectedId}
                  onChange={() => setSelectedId(asset.id)}
                  aria-labelledby={`${id}-${asset.id}-name`}
                  aria-describedby={`${id}-${asset.id}-kind`}
                  data-autofocus={asset.id === selectedId ? '' : undefined}
                />
                <Thumbnail asset={asset} />
                <span className="choice-text">
                  <span className="choice-label asset-name" id={`${id}-${asset.id}-name`}>
                    {asset.name}
                  </span>
                  <span className="choice-description" id={`${id}-${asset.id}-kind`}>
                    {kindOf(asset, (key, o) => t(key, o))} · {formatBytes(asset.size, i18n.language)}
                  </span>
                </span>
              </label>
            ))}
          </fieldset>
          {selected ? (
            <section className="asset-editor" aria-labelledby={`${id}-attribution`}>
              <h3 className="details-heading" id={`${id}-attribution`}>
                {t('media.attribution', { name: selected.name })}
              </h3>
              <TextField
                label={t('media.attributionTitle')}
                value={draft.title ?? ''}
                onChange={(v) => set('title', v)}
              />
              <TextField
                label={t('media.author')}
                value={draft.author ?? ''}
                onChange={(v) => set('author', v)}
                spellCheck={false}
              />
              <TextField
                label={t('media.source')}
                value={draft.source ?? ''}
                onChange={(v) => set('source', v)}
                hint={t('media.sourceHint')}
                spellCheck={false}
              />
              <div className="field">
                <label htmlFor={`${id}-licence`}>{t('media.licence')}</label>
                <select
                  id={`${id}-licence`}
                  value={licenceMode}
                  onChange={(e) => {
                    const value = e.target.value;
                    setOtherLicence((o) => ({ ...o, [selected.id]: value === 'other' }));
                    set('licence', value === 'other' ? (knownLicence ? '' : licence) : value);
                  }}
                >
                  <option value="">{t('media.licenceUnknown')}</option>
                  {LICENCES.map((l) => (
                    <option key={l.id} value={l.id}>
                      {licenceName(l, ui)}
                    </option>
                  ))}
                  <option value="other">{t('media.licenceOther')}</option>
                </select>
              </div>
              {licenceMode === 'other' ? (
                <TextField
                  label={t('media.licenceName')}
                  value={knownLicence ? '' : licence}
                  onChange={(v) => set('licence', v)}
                  hint={t('media.licenceNameHint')}
                  spellCheck={false}
                />
              ) : null}
              <div className="asset-usage">
                <p className="modal-note">
                  {usage.get(selected.id)
                    ? t('media.used', { count: usage.get(selected.id) })
                    : t('media.unused')}
                </p>
                {usage.get(selected.id) ? null : (
                  <button type="button" className="button" onClick={() => remove(selected.id)}>
                    <Icon name="trash" size={16} /> {t('media.remove')}
                  </button>
                )}
              </div>
            </section>
          ) : null}
        </div>
      )}
    </Modal>
  );
}
