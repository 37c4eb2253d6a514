import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { findLesson, pickText } from '../../core/model/course';
import { updateLesson } from '../../core/model/outline';
import type { Asset, Course, Lesson } from '../../core/model/types';
import type { ApiError, AppCommand } from '../../shared/ipc';
import { AppToolbar } from './app/AppToolbar';
import { ErrorBoundary } from './app/ErrorBoundary';
import { Notices } from './app/NoticeView';
import { StatusBar } from './app/StatusBar';
import { Welcome } from './app/Welcome';
import { useShortcuts } from './app/shortcuts';
import { useDocumentState } from './app/useDocumentState';
import { useNotices } from './app/useNotices';
import { CourseDetailsDialog } from './dialogs/CourseDetailsDialog';
import { ExportDialog } from './dialogs/ExportDialog';
import { MediaDialog } from './dialogs/MediaDialog';
import { NewCourseDialog } from './dialogs/NewCourseDialog';
import { LessonEditor } from './editor/LessonEditor';
import { LessonPreview } from './editor/LessonPreview';
import { assetLibrary } from './media/assetLibrary';
import { Outline } from './outline/Outline';
import { withAsset } from './state/courseAssets';
import { isDirty, withCourse } from './state/projectState';
import { ProjectStore, useProjectState } from './state/projectStore';
import { useProjectCommands } from './state/useProjectCommands';

/** The dialogs the window can show, one at a time. */
type DialogName = 'new' | 'export' | 'details' | 'media';

/**
 * The window: toolbar, notices, the outline and the lesson editor (or preview), the status
 * bar, and the New, Export, Details and Media dialogs. File commands arrive from the toolbar,
 * the keyboard and main's menu, and all go through {@link useProjectCommands}.
 */
export function App() {
  const { t } = useTranslation();
  const [store] = useState(() => new ProjectStore());
  const state = useProjectState(store);
  const { notices, notify, dismiss } = useNotices();
  const commands = useProjectCommands(store, notify);
  const [dialog, setDialog] = useState<DialogName | null>(null);
  const [preview, setPreview] = useState(false);
  // Kept here so that the chosen language stays while the author moves between lessons.
  const [previewLang, setPreviewLang] = useState<string | null>(null);
  const [started, setStarted] = useState(false);

  // Main names an unsaved course "Untitled" in English; the interface names it in its own language.
  const fileLabel = state ? (state.filePath ? state.fileName : t('status.untitled')) : null;
  useDocumentState(fileLabel, state ? isDirty(state) : false, notify);

  const run = useCallback(
    async (command: AppCommand) => {
      switch (command) {
        case 'new':
          if (await commands.confirmDiscard()) setDialog('new');
          break;
        case 'open':
          await commands.open();
          break;
        case 'import':
          await commands.importPackage();
          break;
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
      }
    },
    [commands, store],
  );

  useShortcuts((command) => void run(command));

  // StrictMode runs effects twice in development; the sample must open once.
  const opening = useRef(false);
  useEffect(() => {
    if (opening.current) return;
    opening.current = true;
    void commands.openSample().finally(() => setStarted(true));
  }, [commands]);

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
              <ErrorBoundary key={`${state.session}:${lesson.id}`} message={t('errors.editorCrashed')}>
                <LessonEditor
                  course={course}
                  lesson={lesson}
                  onEdit={onEdit}
                  onAddAsset={onAddAsset}
                  onError={onError}
                />
              </ErrorBoundary>
            )}
          </main>
        </div>
      ) : started ? (
        <Welcome onCommand={(c) => void run(c)} />
      ) : (
        <div className="workspace" aria-busy="true" />
      )}
      <StatusBar state={state} fileLabel={fileLabel ?? ''} />
      {dialog === 'new' ? (
        <NewCourseDialog onCreate={commands.create} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'export' && course ? (
        <ExportDialog course={course} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'details' && course ? (
        <CourseDetailsDialog course={course} onApply={onCourseChange} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'media' && course ? (
        <MediaDialog course={course} onApply={onCourseChange} onClose={() => setDialog(null)} />
      ) : null}
    </div>
  );
}
