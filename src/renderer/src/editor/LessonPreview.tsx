import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lessonRenderer } from '../../../core/content/renderHtml';
import { emptyDoc } from '../../../core/model/course';
import type { Course, Lesson } from '../../../core/model/types';
import { NoticeView } from '../app/NoticeView';
import { languageLabel, textDirection } from '../app/languages';
import { assetLibrary, useAssetLibraryVersion } from '../media/assetLibrary';

/** Lesson HTML with images as data: URLs from the asset library (a picture not loaded yet has no src). */
const renderPreviewHtml = lessonRenderer(assetLibrary.urlForAsset);

/** Props of {@link LessonPreview}. */
export interface LessonPreviewProps {
  course: Course;
  lesson: Lesson;
  /** The language shown: one of the course's two. */
  lang: string;
  onLangChange: (lang: string) => void;
}

/**
 * The lesson as the learner gets it, in one language, rendered by the same `renderLessonHtml`
 * as every export. The HTML goes into a plain element: the CSP already forbids inline script,
 * inline styles and plugins, and the renderer emits only the schema's own elements.
 */
export function LessonPreview({ course, lesson, lang, onLangChange }: LessonPreviewProps) {
  const { t } = useTranslation();
  const id = useId();
  const { source, target } = course.languages;

  // Rendered again when a picture's URL arrives.
  const assets = useAssetLibraryVersion();
  const rendered = useMemo(() => {
    void assets;
    try {
      return { html: renderPreviewHtml(lesson.content[lang] ?? emptyDoc()), error: null };
    } catch (e) {
      return { html: '', error: e instanceof Error ? e.message : String(e) };
    }
  }, [lesson, lang, assets]);

  return (
    <div className="preview">
      <div className="preview-bar">
        <span id={`${id}-label`} className="preview-label">
          {t('preview.language')}
        </span>
        <div role="radiogroup" aria-labelledby={`${id}-label`} className="segmented">
          {[source, target].map((tag) => (
            <label key={tag} className={tag === lang ? 'segment checked' : 'segment'}>
              <input
                type="radio"
                name={`${id}-lang`}
                value={tag}
                checked={tag === lang}
                onChange={() => onLangChange(tag)}
              />
              <span lang={tag}>{languageLabel(tag)}</span>
            </label>
          ))}
        </div>
      </div>
      <div className="preview-scroll">
        {rendered.error ? (
          <NoticeView notice={{ kind: 'error', message: t('preview.failed'), details: [rendered.error] }} />
        ) : (
          <article
            className="lesson-html"
            lang={lang}
            dir={textDirection(lang)}
            aria-label={t('preview.region', { language: languageLabel(lang) })}
          >
            <h1>{lesson.title[lang] || lesson.title[source] || t('outline.untitled')}</h1>
            {/* Lesson HTML from the one static renderer: see the component's note on safety. */}
            <div dangerouslySetInnerHTML={{ __html: rendered.html }} />
          </article>
        )}
      </div>
    </div>
  );
}
