import type { Asset, Attribution, Course, NodeJson } from '../../../core/model/types';

/**
 * Adds a media file to the course's assets, and answers the asset that image blocks should
 * name. A file whose bytes the course holds already (the same picture added twice, under any
 * name) is not added again: its existing asset is answered, so the package carries it once.
 */
export function withAsset(course: Course, asset: Asset): { course: Course; asset: Asset } {
  const existing = course.assets.find((a) => a.hash === asset.hash);
  if (existing) return { course, asset: existing };
  return { course: { ...course, assets: [...course.assets, asset] }, asset };
}

/** The fields of an attribution, in the order the Media panel shows them. */
export const ATTRIBUTION_FIELDS = ['title', 'author', 'source', 'licence'] as const;

/** An attribution with blank fields dropped; undefined when nothing is left. */
export function cleanAttribution(attribution: Attribution | undefined): Attribution | undefined {
  if (!attribution) return undefined;
  const next: Attribution = { ...attribution };
  for (const field of ATTRIBUTION_FIELDS) {
    const value = next[field]?.trim();
    if (value) next[field] = value;
    else delete next[field];
  }
  return Object.keys(next).length > 0 ? next : undefined;
}

/**
 * The course with new attributions for some of its assets (by asset id). Answers the same
 * course object when nothing changed, so the document is not marked unsaved for nothing.
 */
export function withAttributions(course: Course, edits: Record<string, Attribution>): Course {
  let changed = false;
  const assets = course.assets.map((asset) => {
    if (!(asset.id in edits)) return asset;
    const attribution = cleanAttribution(edits[asset.id]);
    if (JSON.stringify(attribution) === JSON.stringify(cleanAttribution(asset.attribution))) return asset;
    changed = true;
    const next: Asset = { ...asset };
    if (attribution) next.attribution = attribution;
    else delete next.attribution;
    return next;
  });
  return changed ? { ...course, assets } : course;
}

/** How many image blocks name each asset, over every lesson in every language. */
export function assetUsage(course: Course): Map<string, number> {
  const counts = new Map<string, number>();
  const walk = (node: NodeJson) => {
    const asset = node.type === 'image' ? node.attrs?.['asset'] : undefined;
    if (typeof asset === 'string') counts.set(asset, (counts.get(asset) ?? 0) + 1);
    node.content?.forEach(walk);
  };
  for (const module of course.modules)
    for (const lesson of module.lessons) for (const doc of Object.values(lesson.content)) walk(doc);
  return counts;
}

/**
 * The course without the given assets, if no lesson uses them (an image deleted or undone
 * leaves its file behind, and every package would carry it). Assets still in use are kept.
 */
export function withoutAssets(course: Course, ids: ReadonlySet<string>): Course {
  const used = assetUsage(course);
  const assets = course.assets.filter((a) => !ids.has(a.id) || (used.get(a.id) ?? 0) > 0);
  return assets.length === course.assets.length ? course : { ...course, assets };
}
