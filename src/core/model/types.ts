import type { z } from 'zod';
import type {
  DocJsonShape,
  assetSchema,
  attributionSchema,
  courseDocumentSchema,
  courseSchema,
  lessonSchema,
  licenceSchema,
  moduleSchema,
} from './schema';

export type { MarkJson, NodeJson } from './schema';
/** Text per language tag. */
export type LangText = Record<string, string>;
/** A TipTap document in one language. */
export type DocJson = DocJsonShape;
export type Lesson = z.infer<typeof lessonSchema>;
export type Module = z.infer<typeof moduleSchema>;
export type Asset = z.infer<typeof assetSchema>;
export type Course = z.infer<typeof courseSchema>;
export type CourseDocument = z.infer<typeof courseDocumentSchema>;
export type LicenceId = z.infer<typeof licenceSchema>;
export type Attribution = z.infer<typeof attributionSchema>;
/** The two languages of a course. */
export interface LanguagePair {
  source: string;
  target: string;
}
