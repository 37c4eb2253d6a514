import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseCourseDocument } from '../core/model/courseDocument';
import type { Course } from '../core/model/types';

/** Loads the bundled bilingual sample course from `resources/sample/course.json`. */
export async function loadSampleCourse(resourcesDir: string): Promise<Course> {
  const text = await readFile(join(resourcesDir, 'sample', 'course.json'), 'utf8');
  return parseCourseDocument(JSON.parse(text), 'The sample course').course;
}
