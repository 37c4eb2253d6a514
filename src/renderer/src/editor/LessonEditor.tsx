import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EditorContent, type Editor } from '@tiptap/react';
import type { Node as PmNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { blockId } from '../../../core/content/blockIds';
import type { Asset, Course, DocJson, Lesson } from '../../../core/model/types';
import { alignTarget, type TranslationStash } from '../../../core/translate/align';
import { lessonStates, recordTranslations, titleState } from '../../../core/translate/state';
import type { ApiError } from '../../../shared/ipc';
import { Toolbar } from '../app/Toolbar';
import { ToolButton } from '../app/ToolButton';
import { ColumnHead } from './ColumnHead';
import { setMarks, type BlockMark } from './blockDecorations';
import { docToJson } from './docJson';
import { HeightSync } from './heightSync';
import { useLanguageEditor } from './useLanguageEditor';

/** Marks the transactions that align the target with the source: they are not translations. */
const ALIGNING = 'oerAligning';

/** A request to put the cursor on a block of the target side (null: the title). */
export interface FocusRequest {
  lessonId: string;
  blockId: string | null;
  /** A number new to each request, so asking twice for the same place still moves there. */
  seq: number;
}

/** Props of {@link LessonEditor}. */
export interface LessonEditorProps {
  course: Course;
  lesson: Lesson;
  /** Applies an edit to this lesson (by id), immutably. */
  onEdit: (lessonId: string, edit: (lesson: Lesson) => Lesson) => void;
  /** The same for text typed in the editors, which may be applied a frame later. */
  onTextEdit?: (lessonId: string, edit: (lesson: Lesson) => Lesson) => void;
  /** Adds a media file to the course; answers the asset that image blocks name. */
  onAddAsset: (asset: Asset) => Asset;
  onError: (error: ApiError) => void;
  /** Where to put the cursor (the "next block needing work" command). */
  focus?: FocusRequest | null;
  /** Tells where the cursor is, as the source block id (null: not in a block). */
  onCursor?: (blockId: string | null) => void;
  /** Runs the "next block needing work" command. */
  onNextToTranslate?: () => void;
}

function withTitle(lang: string, title: string) {
  return (lesson: Lesson): Lesson => {
    const titles = { ...lesson.title, [lang]: title };
    // An empty title means "not written yet", which the model spells as a missing key.
    if (!title) delete titles[lang];
    return { ...lesson, title: titles };
  };
}

/**
 * Replaces only the top-level blocks of `editor` that differ from `doc`, in one transaction
 * that stays out of the undo history, so the cursor and the history of the target side
 * survive when the source's blocks are added, removed or moved.
 */
function applyBlocks(editor: Editor, doc: DocJson): void {
  const { state } = editor;
  const current = docToJson(state.doc).content ?? [];
  const next = doc.content ?? [];
  let start = 0;
  while (start < current.length && start < next.length && current[start] === next[start]) start++;
  let endCurrent = current.length;
  let endNext = next.length;
  while (endCurrent > start && endNext > start && current[endCurrent - 1] === next[endNext - 1]) {
    endCurrent--;
    endNext--;
  }
  let from = 0;
  for (let i = 0; i < start; i++) from += state.doc.child(i).nodeSize;
  let to = from;
  for (let i = start; i < endCurrent; i++) to += state.doc.child(i).nodeSize;
  const nodes = next.slice(start, endNext).map((n) => state.schema.nodeFromJSON(n));
  editor.view.dispatch(
    state.tr.replaceWith(from, to, nodes).setMeta('addToHistory', false).setMeta(ALIGNING, true),
  );
}

/**
 * The ids of the blocks with text that `transaction` changed, from its step maps: only the
 * blocks it touched, with no pass over the whole lesson per keystroke.
 */
function touchedBlocks(doc: PmNode, transaction: Transaction): string[] {
  const edited: string[] = [];
  const { mapping } = transaction;
  mapping.maps.forEach((map, i) =>
    map.forEach((_oldStart, _oldEnd, start, end) => {
      const later = mapping.slice(i + 1);
      const from = Math.max(0, later.map(start, -1) - 1);
      const to = Math.min(doc.content.size, later.map(end, 1) + 1);
      doc.nodesBetween(from, to, (node) => {
        const id = node.attrs['id'] as string | undefined;
        const hasText = node.isLeaf || node.textContent.trim() !== '';
        if (id && hasText && !edited.includes(id)) edited.push(id);
        return false;
      });
    }),
  );
  return edited;
}

/** The id of the top-level block holding the cursor. */
function cursorBlock(editor: Editor): string | null {
  const { $from } = editor.state.selection;
  const node = $from.depth >= 1 ? $from.node(1) : editor.state.selection.$from.nodeAfter;
  return (node?.attrs['id'] as string | undefined) ?? null;
}

/** The position of the block with `id`, or -1. */
function blockPos(editor: Editor, id: string): number {
  let found = -1;
  editor.state.doc.forEach((node, offset) => {
    if (found < 0 && node.attrs['id'] === id) found = offset;
  });
  return found;
}

/**
 * The selected lesson in both languages side by side, aligned block by block: source on the
 * left, target on the right, scrolling together, each translation level with its source, and
 * the state of each translation (missing, out of date, done) in the margin between them.
 * Keyed by lesson, so choosing another lesson builds fresh editors.
 */
export function LessonEditor({
  course,
  lesson,
  onEdit,
  onTextEdit = onEdit,
  onAddAsset,
  onError,
  focus,
  onCursor,
  onNextToTranslate,
}: LessonEditorProps) {
  const { t } = useTranslation();
  const { source, target } = course.languages;
  const sourceHeading = useId();
  const targetHeading = useId();
  const stash = useRef<TranslationStash>(new Map());
  const sourceDoc = useRef<DocJson | undefined>(lesson.content[source]);
  const targetEditor = useRef<Editor | null>(null);
  const lessonId = lesson.id;

  const onSourceChange = useCallback(
    (editor: Editor) => {
      const next = docToJson(editor.state.doc);
      const before = sourceDoc.current;
      sourceDoc.current = next;
      onTextEdit(lessonId, (l) => ({ ...l, content: { ...l.content, [source]: next } }));
      const other = targetEditor.current;
      if (!other || other.isDestroyed || !other.isEditable) return;
      const targetJson = docToJson(other.state.doc);
      const aligned = alignTarget(before, next, targetJson, stash.current);
      if (aligned !== targetJson) applyBlocks(other, aligned);
    },
    [lessonId, onTextEdit, source],
  );

  // The target document that the last deferred edit carries: earlier edits still pending
  // when the store applies them leave the text to it (see onTargetChange).
  const latestTarget = useRef<PmNode | null>(null);
  const onTargetChange = useCallback(
    (editor: Editor, transaction: Transaction) => {
      // What the translator typed is a translation of the current source; what alignment
      // inserted (empty blocks) is not.
      const edited = transaction.getMeta(ALIGNING) ? [] : touchedBlocks(editor.state.doc, transaction);
      // The lesson gets the text when the store applies the edit (when the window is idle),
      // not on each keystroke: the JSON of a thousand blocks is put together once per batch.
      const doc = editor.state.doc;
      latestTarget.current = doc;
      onTextEdit(lessonId, (l) => {
        const content = doc === latestTarget.current ? { ...l.content, [target]: docToJson(doc) } : l.content;
        return recordTranslations({ ...l, content }, source, target, edited);
      });
    },
    [lessonId, onTextEdit, source, target],
  );

  const left = useLanguageEditor({
    lang: source,
    doc: lesson.content[source],
    labelledBy: sourceHeading,
    onChange: onSourceChange,
  });
  // A lesson with no translation yet (an imported package, say) opens with an empty slot for
  // every source block, level with it, so what the translator types is aligned from the start.
  const [targetDoc] = useState(() => {
    const sourceDoc = lesson.content[source];
    return sourceDoc ? alignTarget(undefined, sourceDoc, lesson.content[target]) : lesson.content[target];
  });
  const right = useLanguageEditor({
    lang: target,
    doc: targetDoc,
    labelledBy: targetHeading,
    onChange: onTargetChange,
  });
  useLayoutEffect(() => {
    targetEditor.current = right.editor;
  }, [right.editor]);

  // Both sides' blocks at the same heights, for as long as both editors live.
  useEffect(() => {
    const a = left.editor;
    const b = right.editor;
    if (!a || !b) return;
    const sync = new HeightSync(a.view, b.view);
    return () => sync.destroy();
  }, [left.editor, right.editor]);

  // The margin shows each target block's state; recomputed per block from cached hashes.
  const states = useMemo(() => lessonStates(lesson, source, target), [lesson, source, target]);
  const labels = useMemo(
    () => ({
      done: t('translate.state.done'),
      missing: t('translate.state.missing'),
      outdated: t('translate.state.outdated'),
    }),
    [t],
  );
  useEffect(() => {
    const editor = right.editor;
    if (!editor || editor.isDestroyed) return;
    const marks = new Map<string, BlockMark>();
    // Done blocks carry no marker: fewer decorations for ProseMirror to keep up to date.
    for (const [id, state] of states) if (state !== 'done') marks.set(id, { state, label: labels[state] });
    setMarks(editor.view, marks);
  }, [right.editor, states, labels]);

  // Tell the app where the cursor is, for "next block needing work"; keep the target's block
  // here too, for the buttons that act on it (re-rendering only when it moves to another block).
  const [targetCursor, setTargetCursor] = useState<string | null>(null);
  useEffect(() => {
    // Only when the cursor moves to another block: a state update, even to the same value,
    // can cost a React commit, and every keystroke moves the selection.
    const last = new Map<Editor, string | null>();
    const report = (editor: Editor) => () => {
      const id = cursorBlock(editor);
      if (last.has(editor) && last.get(editor) === id) return;
      last.set(editor, id);
      onCursor?.(id);
      if (editor === right.editor) setTargetCursor(id);
    };
    const off: (() => void)[] = [];
    for (const editor of [left.editor, right.editor]) {
      if (!editor) continue;
      const handler = report(editor);
      editor.on('selectionUpdate', handler);
      editor.on('focus', handler);
      off.push(() => {
        editor.off('selectionUpdate', handler);
        editor.off('focus', handler);
      });
    }
    return () => off.forEach((f) => f());
  }, [left.editor, right.editor, onCursor]);

  // Put the cursor where the app asked: a target block, or the target title.
  const titleInput = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const editor = right.editor;
    if (!focus || focus.lessonId !== lessonId || !editor) return;
    if (focus.blockId === null) {
      titleInput.current?.querySelector<HTMLInputElement>('.target input')?.focus();
      return;
    }
    const pos = blockPos(editor, focus.blockId);
    if (pos < 0) return;
    editor
      .chain()
      .focus()
      .setTextSelection(pos + 1)
      .scrollIntoView()
      .run();
    onCursor?.(focus.blockId);
  }, [focus, lessonId, right.editor, onCursor]);

  // Refs, so the memoised toolbar below always runs the current lesson's action.
  const copySource = useRef(() => {});
  const markReviewed = useRef(() => {});
  const copySourceNow = () => {
    const editor = right.editor;
    const id = targetCursor;
    // From the source editor, not the lesson prop: typed text reaches the lesson later.
    const sourceBlocks = left.editor ? (docToJson(left.editor.state.doc).content ?? []) : [];
    const block = sourceBlocks.find((b) => blockId(b) === id);
    if (!editor || !id || !block) return;
    const pos = blockPos(editor, id);
    if (pos < 0) return;
    const node = editor.state.doc.nodeAt(pos);
    if (!node) return;
    editor.view.dispatch(
      editor.state.tr.replaceWith(pos, pos + node.nodeSize, editor.schema.nodeFromJSON(block)),
    );
    editor.commands.focus();
  };
  const markReviewedNow = () => {
    const id = targetCursor;
    if (id) onEdit(lessonId, (l) => recordTranslations(l, source, target, [id]));
  };
  useLayoutEffect(() => {
    copySource.current = copySourceNow;
    markReviewed.current = markReviewedNow;
  });

  const onSourceTitle = useCallback(
    (title: string) => onEdit(lessonId, withTitle(source, title)),
    [onEdit, lessonId, source],
  );
  const onTargetTitle = useCallback(
    (title: string) => onEdit(lessonId, withTitle(target, title)),
    [onEdit, lessonId, target],
  );
  const cursorState = targetCursor ? states.get(targetCursor) : undefined;
  // The margin markers are drawings, hidden from screen readers; this says the same in words
  // when the translator's cursor enters a block, or its block changes state (re-rendering only
  // then, never per keystroke).
  const cursorStatus = cursorState ? labels[cursorState] : '';
  const translateTools = useMemo(
    () => (
      <Toolbar label={t('translate.toolbar')} className="translate-toolbar">
        <ToolButton
          label={t('translate.copySource')}
          icon="copy"
          disabled={!right.editable || !targetCursor}
          onClick={() => copySource.current()}
        />
        <ToolButton
          label={t('translate.markReviewed')}
          icon="check"
          disabled={!right.editable || cursorState !== 'outdated'}
          onClick={() => markReviewed.current()}
        />
        <ToolButton
          label={t('translate.next')}
          icon="next"
          shortcut="F8"
          onClick={() => onNextToTranslate?.()}
        />
      </Toolbar>
    ),
    [t, right.editable, targetCursor, cursorState, onNextToTranslate],
  );

  if (!left.editor || !right.editor) return <div className="lesson-editor" aria-busy="true" />;

  return (
    <div className="lesson-editor">
      <div className="aligned-head" ref={titleInput}>
        <ColumnHead
          editor={left.editor}
          headingId={sourceHeading}
          lang={source}
          role="source"
          title={lesson.title[source] ?? ''}
          editable={left.editable}
          onTitleChange={onSourceTitle}
          onAddAsset={onAddAsset}
          onError={onError}
        />
        <ColumnHead
          editor={right.editor}
          headingId={targetHeading}
          lang={target}
          role="target"
          title={lesson.title[target] ?? ''}
          titleState={titleState(lesson, source, target)}
          editable={right.editable}
          onTitleChange={onTargetTitle}
          onAddAsset={onAddAsset}
          onError={onError}
        >
          {translateTools}
          <span role="status" className="visually-hidden">
            {cursorStatus}
          </span>
        </ColumnHead>
      </div>
      <div className="aligned-scroll">
        <div className="aligned-body">
          <div className="editor-sheet source">
            <EditorContent editor={left.editor} className="editor-content" />
          </div>
          <div className="editor-sheet target">
            <EditorContent editor={right.editor} className="editor-content" />
          </div>
        </div>
      </div>
    </div>
  );
}
