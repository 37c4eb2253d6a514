import type { EditorView } from '@tiptap/pm/view';
import { alignmentPads, type BlockSlot } from './alignPads';
import { currentPads, setPads, type BlockPads } from './blockDecorations';

/** The space between top-level blocks in the aligned editors; editor.css uses the same. */
export const BLOCK_GAP = 12;

/** The longest that the other side waits to be aligned again, when the window is never idle. */
export const ALIGN_WAIT_MS = 200;

/** ProseMirror's own top-level elements that are not blocks of the document. */
function isBlockElement(el: Element): boolean {
  return !el.classList.contains('ProseMirror-gapcursor') && !el.classList.contains('ProseMirror-widget');
}

/**
 * Keeps the blocks of the source and target editors at the same heights. A ResizeObserver
 * watches every top-level block, so only blocks whose size changed (a line wrapped, a picture
 * loaded) cost anything: typing that does not change a block's height costs nothing here.
 * The space this adds is taken off again when a block is measured, and applied later, so it
 * never feeds back into itself.
 *
 * Later means when the window is next idle (at the latest {@link ALIGN_WAIT_MS}), not in the
 * next animation frame: new space moves every block below it, and the frame that paints that
 * move, started by the frame that measured the wrapped line, landed in the middle of the next
 * keystroke. While someone types, idle time comes right after each keystroke, so the sides
 * are level again one frame after a line wraps, as before.
 */
export class HeightSync {
  private readonly heights = new WeakMap<Element, number>();
  private readonly resize: ResizeObserver;
  private readonly mutations: MutationObserver;
  private idle = 0;

  constructor(
    private readonly source: EditorView,
    private readonly target: EditorView,
  ) {
    this.resize = new ResizeObserver((entries) => {
      for (const entry of entries)
        this.heights.set(entry.target, entry.contentRect.height + this.extra(entry.target));
      this.schedule();
    });
    // New blocks (typed, pasted, aligned) are observed as they appear.
    this.mutations = new MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) if (node instanceof Element) this.resize.observe(node);
        for (const node of record.removedNodes) if (node instanceof Element) this.resize.unobserve(node);
      }
      this.schedule();
    });
    for (const view of [source, target]) {
      for (const child of view.dom.children) this.resize.observe(child);
      this.mutations.observe(view.dom, { childList: true });
    }
  }

  /**
   * What to add to a block's content height to get its own height: the stylesheet's vertical
   * padding (a code block's), which the content box leaves out, minus the alignment space
   * this class put there (spacers inside the block, or inline padding on a leaf block).
   */
  private extra(el: Element): number {
    const html = el as HTMLElement;
    const style = getComputedStyle(html);
    const inline = (parseFloat(html.style.paddingTop) || 0) + (parseFloat(html.style.paddingBottom) || 0);
    let spacers = 0;
    for (const spacer of html.querySelectorAll<HTMLElement>('.align-spacer'))
      spacers += parseFloat(spacer.style.height) || 0;
    return parseFloat(style.paddingTop) + parseFloat(style.paddingBottom) - inline - spacers;
  }

  private schedule(): void {
    if (this.idle) return;
    this.idle = requestIdleCallback(
      () => {
        this.idle = 0;
        this.apply();
      },
      { timeout: ALIGN_WAIT_MS },
    );
  }

  private slots(view: EditorView): BlockSlot[] {
    const elements = [...view.dom.children].filter(isBlockElement);
    const slots: BlockSlot[] = [];
    view.state.doc.forEach((node, _offset, index) => {
      const el = elements[index];
      slots.push({
        id: (node.attrs['id'] as string | null) ?? null,
        height: el ? (this.heights.get(el) ?? 0) : 0,
      });
    });
    return slots;
  }

  /** Measures nothing: uses the heights the observer reported, and pads both sides. */
  apply(): void {
    if (this.source.isDestroyed || this.target.isDestroyed) return;
    const pads = alignmentPads(this.slots(this.source), this.slots(this.target), BLOCK_GAP);
    // Space after block i is space before block i + 1 (see blockDecorations.ts).
    this.update(this.source, { before: [pads.sourceTop, ...pads.source.slice(0, -1)] });
    this.update(this.target, { before: [pads.targetTop, ...pads.target.slice(0, -1)] });
  }

  private update(view: EditorView, pads: BlockPads): void {
    const now = currentPads(view);
    const close = (a: number, b: number) => Math.abs(a - b) < 0.5;
    const same =
      now.before.length === pads.before.length && pads.before.every((p, i) => close(p, now.before[i] ?? 0));
    if (!same) setPads(view, pads);
  }

  /** Stops observing. */
  destroy(): void {
    cancelIdleCallback(this.idle);
    this.resize.disconnect();
    this.mutations.disconnect();
  }
}
