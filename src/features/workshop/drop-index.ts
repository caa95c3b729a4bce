/**
 * Where a dragged item lands: `from` is its index, `midpoints` the vertical centres of all items
 * as they were when the drag began, `y` the pointer. The result is the index to pass to moveStep:
 * the number of other items whose centre lies above the pointer.
 */
export function dropIndex(midpoints: readonly number[], from: number, y: number): number {
  let index = 0;
  midpoints.forEach((mid, i) => {
    if (i !== from && mid < y) index += 1;
  });
  return index;
}
