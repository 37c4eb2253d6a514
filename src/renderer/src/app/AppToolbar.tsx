import { useTranslation } from 'react-i18next';
import type { AppCommand } from '../../../shared/ipc';
import { Toolbar } from './Toolbar';
import { ToolButton } from './ToolButton';
import { shortcutOf } from './shortcuts';

/** Props of {@link AppToolbar}. */
export interface AppToolbarProps {
  /** False while no course is open: Save, Export and Preview have nothing to act on. */
  hasProject: boolean;
  preview: boolean;
  onCommand: (command: AppCommand) => void;
  /** Opens the course's Details or Media dialog, or the application's Settings. */
  onOpenDialog: (dialog: 'details' | 'media' | 'settings') => void;
  onTogglePreview: () => void;
}

/**
 * The window's top bar: the product name, the file commands, the course's details and media,
 * Export, the Preview toggle and Settings (the interface language).
 */
export function AppToolbar({
  hasProject,
  preview,
  onCommand,
  onOpenDialog,
  onTogglePreview,
}: AppToolbarProps) {
  const { t } = useTranslation();
  const button = (
    command: AppCommand,
    icon: 'newFile' | 'folder' | 'save' | 'saveAs' | 'export',
    label: string,
  ) => (
    <ToolButton
      icon={icon}
      label={label}
      showLabel
      compact={command === 'saveAs'}
      shortcut={shortcutOf(command)}
      disabled={!hasProject && command !== 'new' && command !== 'open'}
      onClick={() => onCommand(command)}
    />
  );
  return (
    <header className="app-bar">
      <span className="app-name">{t('app.name')}</span>
      <Toolbar label={t('toolbar.label')} className="app-toolbar">
        {button('new', 'newFile', t('toolbar.new'))}
        {button('open', 'folder', t('toolbar.open'))}
        {button('save', 'save', t('toolbar.save'))}
        {button('saveAs', 'saveAs', t('toolbar.saveAs'))}
        <span className="toolbar-separator" aria-hidden="true" />
        <ToolButton
          icon="details"
          label={t('toolbar.details')}
          showLabel
          compact
          disabled={!hasProject}
          onClick={() => onOpenDialog('details')}
        />
        <ToolButton
          icon="media"
          label={t('toolbar.media')}
          showLabel
          compact
          disabled={!hasProject}
          onClick={() => onOpenDialog('media')}
        />
        <span className="toolbar-separator" aria-hidden="true" />
        {button('export', 'export', t('toolbar.export'))}
        <span className="toolbar-separator" aria-hidden="true" />
        <ToolButton
          icon="eye"
          label={t('toolbar.preview')}
          showLabel
          pressed={preview}
          disabled={!hasProject}
          onClick={onTogglePreview}
        />
        <span className="toolbar-separator" aria-hidden="true" />
        {/* Always enabled: the language can be changed before any course is open. */}
        <ToolButton
          icon="settings"
          label={t('toolbar.settings')}
          showLabel
          compact
          onClick={() => onOpenDialog('settings')}
        />
      </Toolbar>
    </header>
  );
}
