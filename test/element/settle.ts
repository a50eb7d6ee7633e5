import { nextFrame } from '@open-wc/testing';
import type { ConflictTimeline } from '../../src/element/conflict-timeline.js';

/**
 * Waits until the element has drawn what it was last given: a width it measured is applied in the next frame,
 * and the marks' buttons come a frame after the canvas.
 */
export async function settle(el: ConflictTimeline): Promise<void> {
  await nextFrame();
  await el.updateComplete;
  await nextFrame();
  await el.updateComplete;
}
