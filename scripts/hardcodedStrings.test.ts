import { globSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findHardcodedStrings } from './hardcodedStrings';

const scan = (code: string) =>
  findHardcodedStrings('x.tsx', code).map((o) => `${o.line} ${o.where}: ${o.text}`);

describe('findHardcodedStrings', () => {
  it('finds JSX text and text in JSX expressions', () => {
    expect(
      scan(`export const A = () => (
  <div>
    <p>No course is open</p>
    {'Loading…'}
    {busy ? 'Saving' : t('toolbar.save')}
    <span>{\`\${count} files\`}</span>
  </div>
);`),
    ).toEqual(['3 text: No course is open', '4 text: Loading…', '5 text: Saving', '6 text: files']);
  });

  it('finds literals in the props a user sees or hears', () => {
    expect(
      scan(`<>
  <button aria-label="Close" title={'Close window'} />
  <input placeholder={\`Type here\`} />
  <img alt={ok ? 'Logo' : ''} />
  <TextField label="Course title" hint={'Required'} />
</>`),
    ).toEqual([
      '2 aria-label: Close',
      '2 title: Close window',
      '3 placeholder: Type here',
      '4 alt: Logo',
      '5 label: Course title',
      '5 hint: Required',
    ]);
  });

  it('passes catalogue keys, class names, comparisons, symbols, numbers and language endonyms', () => {
    expect(
      scan(`<div className="app-bar" role="toolbar" lang="ru">
  <h1 title={t('app.name')}>{t('app.name')}</h1>
  <span aria-hidden="true">→ · … 12 %</span>
  <p aria-label={t(kind === 'module' ? 'outline.deleteModule' : 'outline.deleteLesson')}>{' — '}</p>
  <option value="ru">Русский</option>
  <option value="uz">{'Oʻzbekcha'}</option>
  <input placeholder="https://" />
  {/* A comment is not shown */}
</div>`),
    ).toEqual([]);
  });
});

describe('the renderer', () => {
  it('has no hard-coded interface text: every string goes through the catalogues', () => {
    const offenders = globSync('src/renderer/**/*.tsx')
      .sort()
      .flatMap((file) =>
        findHardcodedStrings(file, readFileSync(file, 'utf8')).map(
          (o) => `${file}:${o.line} ${o.where}: ${o.text}`,
        ),
      );
    expect(offenders).toEqual([]);
  });
});
