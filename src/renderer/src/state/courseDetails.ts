import type { Course, LangText, LicenceId } from '../../../core/model/types';

/**
 * The course details as the Details dialog edits them: text per language, authors one per
 * field, and keywords as the comma-separated line the author types.
 */
export interface CourseDetailsDraft {
  title: LangText;
  description: LangText;
  institution: LangText;
  authors: string[];
  /** Keywords per language, as typed: "neural networks, perceptron". */
  keywords: Record<string, string>;
  licence: LicenceId;
}

/** The draft of a course's details, for both of its languages. */
export function detailsDraft(course: Course): CourseDetailsDraft {
  const langs = [course.languages.source, course.languages.target];
  const text = (value: LangText) => Object.fromEntries(langs.map((l) => [l, value[l] ?? '']));
  return {
    title: text(course.title),
    description: text(course.description),
    institution: text(course.institution),
    authors: course.authors.length > 0 ? [...course.authors] : [''],
    keywords: Object.fromEntries(langs.map((l) => [l, (course.keywords[l] ?? []).join(', ')])),
    licence: course.licence,
  };
}

/**
 * Splits a typed keyword line. Commas separate keywords (the full-width comma and the semicolon
 * too, as some keyboards type them); repeats are dropped whatever their case.
 */
export function parseKeywords(line: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of line.split(/[,;，、]/)) {
    const keyword = part.trim().replace(/\s+/g, ' ');
    const key = keyword.toLocaleLowerCase();
    if (!keyword || seen.has(key)) continue;
    seen.add(key);
    out.push(keyword);
  }
  return out;
}

/** Text per language with blanks removed: in the model a missing key means "not written yet". */
function cleanText(base: LangText, edited: LangText): LangText {
  const next: LangText = { ...base };
  for (const [lang, value] of Object.entries(edited)) {
    const trimmed = value.trim();
    if (trimmed) next[lang] = trimmed;
    else delete next[lang];
  }
  return next;
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The course with the draft's details applied. Answers the very same course object when
 * nothing changed, so opening the dialog and pressing Apply does not mark the document unsaved.
 * Languages other than the course's two keep whatever they had.
 */
export function applyDetails(course: Course, draft: CourseDetailsDraft): Course {
  const keywords = { ...course.keywords };
  for (const [lang, line] of Object.entries(draft.keywords)) {
    const list = parseKeywords(line);
    if (list.length > 0) keywords[lang] = list;
    else delete keywords[lang];
  }
  const next: Course = {
    ...course,
    title: cleanText(course.title, draft.title),
    description: cleanText(course.description, draft.description),
    institution: cleanText(course.institution, draft.institution),
    authors: draft.authors.map((a) => a.trim().replace(/\s+/g, ' ')).filter(Boolean),
    keywords,
    licence: draft.licence,
  };
  const changed = (['title', 'description', 'institution', 'authors', 'keywords', 'licence'] as const).some(
    (key) => !sameJson(course[key], next[key]),
  );
  return changed ? next : course;
}
