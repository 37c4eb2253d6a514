import { describe, expect, it } from 'vitest';
import { createCourse } from '../../../core/model/course';
import { courseSchema } from '../../../core/model/schema';
import { sequentialIds } from '../../../core/model/ids';
import { applyDetails, detailsDraft, parseKeywords } from './courseDetails';

const course = () => createCourse({ title: 'Intro to AI', ids: sequentialIds() });

describe('courseDetails', () => {
  it('drafts both languages, with one empty author field to start from', () => {
    const draft = detailsDraft(course());
    expect(draft.title).toEqual({ en: 'Intro to AI', ru: '' });
    expect(draft.authors).toEqual(['']);
    expect(draft.keywords).toEqual({ en: '', ru: '' });
    expect(draft.licence).toBe('CC-BY-4.0');
  });

  it('answers the same course when nothing changed', () => {
    const c = course();
    expect(applyDetails(c, detailsDraft(c))).toBe(c);
  });

  it('applies the details, trimming, and drops blanks as missing keys', () => {
    const c = course();
    const draft = detailsDraft(c);
    draft.title = { en: '  Intro to AI ', ru: 'Введение в ИИ' };
    draft.description = { en: 'What AI is.', ru: '  ' };
    draft.institution = { en: 'KazNU', ru: 'КазНУ' };
    draft.authors = [' Aigerim  Bekova ', '', 'Ivan Petrov'];
    draft.keywords = { en: 'AI, neural networks,, ai', ru: 'ИИ; нейросети' };
    draft.licence = 'CC-BY-SA-4.0';
    const next = applyDetails(c, draft);
    expect(next).not.toBe(c);
    expect(next.title).toEqual({ en: 'Intro to AI', ru: 'Введение в ИИ' });
    expect(next.description).toEqual({ en: 'What AI is.' });
    expect(next.authors).toEqual(['Aigerim Bekova', 'Ivan Petrov']);
    expect(next.keywords).toEqual({ en: ['AI', 'neural networks'], ru: ['ИИ', 'нейросети'] });
    expect(next.licence).toBe('CC-BY-SA-4.0');
    expect(courseSchema.safeParse(next).success).toBe(true);
  });

  it('keeps text in languages other than the course pair', () => {
    const c = { ...course(), description: { kk: 'Қазақша' } };
    expect(applyDetails(c, { ...detailsDraft(c), description: { en: 'x', ru: '' } }).description).toEqual({
      kk: 'Қазақша',
      en: 'x',
    });
  });

  it('splits keywords on commas, semicolons and full-width commas', () => {
    expect(parseKeywords(' a ,b；c;d，e, A ,  ')).toEqual(['a', 'b；c', 'd', 'e']);
  });
});
