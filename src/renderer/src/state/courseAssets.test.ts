import { describe, expect, it } from 'vitest';
import { createCourse } from '../../../core/model/course';
import { sequentialIds } from '../../../core/model/ids';
import type { Asset } from '../../../core/model/types';
import { assetUsage, withAsset, withAttributions, withoutAssets } from './courseAssets';

const picture = (id: string, hash = 'a'.repeat(64)): Asset => ({
  id,
  hash,
  name: 'схема.png',
  mime: 'image/png',
  size: 68,
});

describe('courseAssets', () => {
  it('adds an asset once per file: the same bytes answer the asset already there', () => {
    const c = createCourse({ title: 'T', ids: sequentialIds() });
    const first = withAsset(c, picture('a1'));
    expect(first.course.assets).toHaveLength(1);
    const again = withAsset(first.course, picture('a2'));
    expect(again.course).toBe(first.course);
    expect(again.asset.id).toBe('a1');
    expect(withAsset(first.course, picture('a3', 'b'.repeat(64))).course.assets).toHaveLength(2);
  });

  it('sets and clears attributions, and answers the same course when nothing changed', () => {
    const c = withAsset(createCourse({ title: 'T', ids: sequentialIds() }), picture('a1')).course;
    expect(withAttributions(c, { a1: { title: ' ', author: '' } })).toBe(c);
    const set = withAttributions(c, { a1: { author: ' Ada ', licence: 'CC0-1.0', source: '' } });
    expect(set.assets[0]?.attribution).toEqual({ author: 'Ada', licence: 'CC0-1.0' });
    expect(withAttributions(set, { a1: { author: 'Ada', licence: 'CC0-1.0' } })).toBe(set);
    expect(withAttributions(set, { a1: {} }).assets[0]).not.toHaveProperty('attribution');
  });

  it('counts where each asset is used, and removes only unused ones', () => {
    let c = createCourse({ title: 'T', ids: sequentialIds() });
    c = withAsset(withAsset(c, picture('a1')).course, picture('a2', 'b'.repeat(64))).course;
    const lesson = c.modules[0]!.lessons[0]!;
    const image = { type: 'image', attrs: { asset: 'a1', alt: 'x' } };
    lesson.content['en'] = { type: 'doc', content: [image, { type: 'blockquote', content: [image] }] };
    lesson.content['ru'] = { type: 'doc', content: [image] };
    expect(assetUsage(c)).toEqual(new Map([['a1', 3]]));
    const trimmed = withoutAssets(c, new Set(['a1', 'a2']));
    expect(trimmed.assets.map((a) => a.id)).toEqual(['a1']);
    expect(withoutAssets(trimmed, new Set(['a1']))).toBe(trimmed);
  });
});
