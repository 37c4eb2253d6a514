import type { Asset, Course, DocJson, Lesson } from '../../../core/model/types';
import type { ApiError } from '../../../shared/ipc';
import { LanguageColumn } from './LanguageColumn';

/** Props of {@link LessonEditor}. */
export interface LessonEditorProps {
  course: Course;
  lesson: Lesson;
  /** Applies an edit to this lesson (by id), immutably. */
  onEdit: (lessonId: string, edit: (lesson: Lesson) => Lesson) => void;
  /** Adds a media file to the course; answers the asset that image blocks name. */
  onAddAsset: (asset: Asset) => Asset;
  onError: (error: ApiError) => void;
}

function withTitle(lang: string, title: string) {
  return (lesson: Lesson): Lesson => {
    const titles = { ...lesson.title, [lang]: title };
    // An empty title means "not written yet", which the model spells as a missing key.
    if (!title) delete titles[lang];
    return { ...lesson, title: titles };
  };
}

function withDoc(lang: string, doc: DocJson) {
  return (lesson: Lesson): Lesson => ({ ...lesson, content: { ...lesson.content, [lang]: doc } });
}

/**
 * The selected lesson in both languages side by side: source on the left, target on the
 * right. Each column is keyed by lesson and language, so choosing another lesson builds fresh
 * editors instead of showing the previous lesson's text.
 */
export function LessonEditor({ course, lesson, onEdit, onAddAsset, onError }: LessonEditorProps) {
  const { source, target } = course.languages;
  return (
    <div className="lesson-editor">
      {(
        [
          [source, 'source'],
          [target, 'target'],
        ] as const
      ).map(([lang, role]) => (
        <LanguageColumn
          key={`${lesson.id}:${lang}`}
          lang={lang}
          role={role}
          title={lesson.title[lang] ?? ''}
          doc={lesson.content[lang]}
          onTitleChange={(title) => onEdit(lesson.id, withTitle(lang, title))}
          onDocChange={(doc) => onEdit(lesson.id, withDoc(lang, doc))}
          onAddAsset={onAddAsset}
          onError={onError}
        />
      ))}
    </div>
  );
}
