import { useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findLesson, pickText } from '../../core/model/course';
import { updateLesson } from '../../core/model/outline';
import type { Asset, Course, Lesson } from '../../core/model/types';
import type { ApiError, AppCommand, ImportProgress } from '../../shared/ipc';
import { AppToolbar } from './app/AppToolbar';
import { ErrorBoundary } from './app/ErrorBoundary';
import { NoticeView, Notices } from './app/NoticeView';
import { StatusBar } from './app/StatusBar';
import { Welcome } from './app/Welcome';
import { useAutosave } from './app/useAutosave';
import { useStartup } from './app/useStartup';
import { useShortcuts } from './app/shortcuts';
import { useDocumentState } from './app/useDocumentState';
import { useNotices } from './app/useNotices';
import { CourseDetailsDialog } from './dialogs/CourseDetailsDialog';
import { ExportDialog } from './dialogs/ExportDialog';
import { ImportProgressDialog } from './dialogs/ImportProgressDialog';
import { MediaDialog } from './dialogs/MediaDialog';
import { NewCourseDialog } from './dialogs/NewCourseDialog';
import { RecoveryDialog } from './dialogs/RecoveryDialog';
import { SettingsDialog } from './dialogs/SettingsDialog';
import { ChangeTargetDialog } from './dialogs/ChangeTargetDialog';
import { XliffExportDialog } from './dialogs/XliffExportDialog';
import { ConfirmDialog } from './dialogs/ConfirmDialog';
import { LessonEditor } from './editor/LessonEditor';
import { useTranslationCommands } from './translate/useTranslationCommands';
import { languageLabel } from './app/languages';
import { LessonPreview } from './editor/LessonPreview';
import { assetLibrary } from './media/assetLibrary';
import { Outline } from './outline/Outline';
import { withAsset } from './state/courseAssets';
import { isDirty, withCourse } from './state/projectState';
import { ProjectStore, useProjectState } from './state/projectStore';
import { useProjectCommands } from './state/useProjectCommands';
import { viewDigest } from './state/viewDigest';

/** The dialogs the window can show, one at a time. */
type DialogName =
  'new' | 'export' | 'details' | 'media' | 'settings' | 'swap' | 'changeTarget' | 'xliffExport';

/**
 * The window: toolbar, notices, the outline and the lesson editor (or preview), the status
 * bar, and the New, Export, Details and Media dialogs. File commands arrive from the toolbar,
 * the keyboard and main's menu, and all go through {@link useProjectCommands}.
 */
export function App() {
  const { t } = useTranslation();
  const [store] = useState(() => {
    const created = new ProjectStore();
    created.setDigest(viewDigest);
    return created;
  });
  const state = useProjectState(store);
  const { notices, notify, dismiss } = useNotices();
  const commands = useProjectCommands(store, notify);
  const translation = useTranslationCommands(store, notify);
  const { next: nextToTranslate, importXliff } = translation;
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [importing, setImporting] = useState<ImportProgress | null>(null);
  const [preview, setPreview] = useState(false);
  // Kept here so that the chosen language stays while the author moves between lessons.
  const [previewLang, setPreviewLang] = useState<string | null>(null);
  const startup = useStartup(commands, notify);

  // Main names an unsaved course "Untitled" in English; the interface names it in its own language.
  const fileLabel = state ? (state.filePath ? state.fileName : t('status.untitled')) : null;
  useDocumentState(fileLabel, state ? isDirty(state) : false, notify, state?.course.languages);
  useAutosave(store, commands.autosave, notify);

  const run = useCallback(
    async (command: AppCommand) => {
      switch (command) {
        case 'new':
          if (await commands.confirmDiscard()) setDialog('new');
          break;
        case 'open':
          await commands.open();
          break;
        case 'import': {
          // Main reports how far the import has got once a file is chosen; the dialog shows it.
          const stop = window.api.onImportProgress(setImporting);
          try {
            await commands.importPackage();
          } finally {
            stop();
            setImporting(null);
          }
          break;
        }
        case 'details':
        case 'media':
          if (store.get()) setDialog(command);
          break;
        case 'save':
        case 'saveAs':
          await commands.save(command === 'saveAs');
          break;
        case 'export':
          if (store.get()) setDialog('export');
          break;
        case 'openSample':
          await commands.openSample();
          break;
        case 'close':
          await commands.close();
          break;
        case 'nextToTranslate':
          nextToTranslate();
          break;
        case 'swapLanguages':
          if (store.get()) setDialog('swap');
          break;
        case 'changeTarget':
          if (store.get()) setDialog('changeTarget');
          break;
        case 'exportXliff':
          if (store.get()) setDialog('xliffExport');
          break;
        case 'importXliff':
          await importXliff();
          break;
        case 'openRequested':
          await commands.openRequested();
          break;
      }
    },
    [commands, store, nextToTranslate, importXliff],
  );

  useShortcuts((command) => void run(command));

  // Typed text reaches the window's views lazily (see ProjectStore). Before the author acts
  // anywhere else (the outline, a toolbar, a dialog), show it, so that no view acts on a course
  // without the last keystrokes.
  useEffect(() => {
    const showPending = (e: Event) => {
      if (!(e.target instanceof Element) || !e.target.closest('.ProseMirror')) store.get();
    };
    window.addEventListener('pointerdown', showPending, true);
    window.addEventListener('focusin', showPending, true);
    return () => {
      window.removeEventListener('pointerdown', showPending, true);
      window.removeEventListener('focusin', showPending, true);
    };
  }, [store]);

  useEffect(() => {
    try {
      return window.api.onCommand((command) => void run(command));
    } catch (e) {
      notify.error({ code: 'no-bridge', message: t('errors.requestFailed'), details: [String(e)] });
      return undefined;
    }
  }, [run, notify, t]);

  const onEdit = useCallback(
    (lessonId: string, edit: (lesson: Lesson) => Lesson) =>
      store.update((s) => withCourse(s, updateLesson(s.course, lessonId, edit))),
    [store],
  );
  // Text typed in the editors reaches the course once per frame (see ProjectStore.defer).
  const onTextEdit = useCallback(
    (lessonId: string, edit: (lesson: Lesson) => Lesson) =>
      store.defer((s) => withCourse(s, updateLesson(s.course, lessonId, edit))),
    [store],
  );
  const onSelectLesson = useCallback(
    (id: string) => store.update((s) => (s.selectedLessonId === id ? s : { ...s, selectedLessonId: id })),
    [store],
  );
  const onOutlineChange = useCallback(
    (course: Course, select?: string) =>
      store.update((s) => {
        const next = withCourse(s, course);
        return select ? { ...next, selectedLessonId: select } : next;
      }),
    [store],
  );
  const onCourseChange = useCallback((course: Course) => store.update((s) => withCourse(s, course)), [store]);
  // Adds a media file to the course (once per file) and answers the asset image blocks name.
  const onAddAsset = useCallback(
    (asset: Asset): Asset => {
      let used = asset;
      store.update((s) => {
        const added = withAsset(s.course, asset);
        used = added.asset;
        return withCourse(s, added.course);
      });
      assetLibrary.setAssets(store.get()?.course.assets ?? []);
      return used;
    },
    [store],
  );
  const onError = useCallback((error: ApiError) => notify.error(error), [notify]);

  const course = state?.course;
  const session = state?.session;
  // The editor, the preview and the Media panel find pictures by asset id through the library.
  useLayoutEffect(() => assetLibrary.setAssets(course?.assets ?? []), [course?.assets]);
  // A picture that could not be read from the last file may be readable from this one.
  useEffect(() => assetLibrary.retryFailed(), [session]);
  const lesson =
    state?.selectedLessonId && course ? findLesson(course, state.selectedLessonId)?.lesson : undefined;

  return (
    <div className="app">
      <AppToolbar
        hasProject={Boolean(state)}
        preview={preview}
        onCommand={(c) => void run(c)}
        onOpenDialog={(name) => setDialog(name)}
        onTogglePreview={() => setPreview((p) => !p)}
      />
      <Notices notices={notices} onDismiss={dismiss} />
      {translation.undoable && translation.undoable.after === state?.course ? (
        <section className="notices" aria-label={t('notices.region')}>
          <NoticeView
            notice={{ kind: 'success', message: translation.undoable.label, details: [] }}
            action={{ label: t('translate.undo'), onClick: translation.undo }}
            onDismiss={translation.dismissUndo}
          />
        </section>
      ) : null}
      {state && course ? (
        <div className="workspace">
          <nav className="outline-pane" aria-label={t('outline.title')}>
            <h1
              className="course-title"
              lang={course.title[course.languages.source] ? course.languages.source : course.languages.target}
            >
              {pickText(course.title, course.languages.source, course.languages.target) ||
                t('outline.untitled')}
            </h1>
            <ErrorBoundary key={state.session} message={t('errors.outlineCrashed')}>
              <Outline
                course={course}
                selectedLessonId={state.selectedLessonId}
                onSelectLesson={onSelectLesson}
                onChange={onOutlineChange}
              />
            </ErrorBoundary>
          </nav>
          <main className="main-pane">
            {!lesson ? (
              <p className="main-empty">{t('editor.noLesson')}</p>
            ) : preview ? (
              <ErrorBoundary key={`${state.session}:${lesson.id}`} message={t('errors.previewCrashed')}>
                <LessonPreview
                  course={course}
                  lesson={lesson}
                  lang={previewLang === course.languages.target ? previewLang : course.languages.source}
                  onLangChange={setPreviewLang}
                />
              </ErrorBoundary>
            ) : (
              // Course-wide changes (swap, import) replace the text under the editors: rebuild them.
              <ErrorBoundary
                key={`${state.session}:${lesson.id}:${translation.revision}`}
                message={t('errors.editorCrashed')}
              >
                <LessonEditor
                  course={course}
                  lesson={lesson}
                  onEdit={onEdit}
                  onTextEdit={onTextEdit}
                  onAddAsset={onAddAsset}
                  onError={onError}
                  focus={translation.focus}
                  onCursor={translation.onCursor}
                  onNextToTranslate={translation.next}
                />
              </ErrorBoundary>
            )}
          </main>
        </div>
      ) : startup.started ? (
        <Welcome
          onCommand={(c) => void run(c)}
          recentFiles={startup.recentFiles}
          onOpenRecent={(path) => void startup.openRecent(path)}
          onClearRecent={() => void startup.clearRecent()}
        />
      ) : (
        <div className="workspace" aria-busy="true" />
      )}
      <StatusBar state={state} fileLabel={fileLabel ?? ''} />
      {startup.recoveries.length > 0 ? (
        <RecoveryDialog
          entries={startup.recoveries}
          onRecover={startup.recover}
          onDiscard={startup.discard}
          onClose={startup.closeRecoveries}
        />
      ) : null}
      {dialog === 'new' ? (
        <NewCourseDialog onCreate={commands.create} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'export' && course ? (
        <ExportDialog course={course} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'details' && course ? (
        <CourseDetailsDialog course={course} onApply={onCourseChange} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'swap' && course ? (
        <ConfirmDialog
          title={t('translate.swapTitle')}
          message={t('translate.swapMessage', {
            source: languageLabel(course.languages.source),
            target: languageLabel(course.languages.target),
          })}
          confirmLabel={t('translate.swapConfirm')}
          onConfirm={() => {
            translation.swap();
            setDialog(null);
          }}
          onCancel={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'xliffExport' && course ? (
        <XliffExportDialog
          onExport={(v) => void translation.exportXliff(v)}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'changeTarget' && course ? (
        <ChangeTargetDialog
          course={course}
          onChange={translation.changeTarget}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog === 'media' && course ? (
        <MediaDialog course={course} onApply={onCourseChange} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'settings' ? <SettingsDialog onClose={() => setDialog(null)} /> : null}
      {importing ? <ImportProgressDialog progress={importing} /> : null}
    </div>
  );
}
