import { useRef, useState, type PointerEvent, type RefObject } from 'react';
import { dropIndex } from './drop-index.ts';

/** A drag in progress: which item, where it would land, and how far the pointer has moved. */
export type DragState = { from: number; to: number; dy: number };

/** Near the top or bottom of the window (in px) a drag scrolls the page, so long plans work too. */
const EDGE = 64;
const SCROLL_STEP = 24;

/** The pointer's height on the page (not the window), so scrolling during a drag changes nothing. */
const pageY = (event: PointerEvent) => event.clientY + window.scrollY;

/**
 * Reordering a list by dragging a handle with a pointer (mouse, pen or touch). The item follows
 * the pointer; on release `onDrop(from, to)` is called when the place changed. The keyboard has
 * its own way (move buttons, Alt+arrows), so this hook is pointer-only.
 */
export function useDragReorder(
  list: RefObject<HTMLElement | null>,
  onDrop: (from: number, to: number) => void,
) {
  const [drag, setDrag] = useState<DragState | null>(null);
  const start = useRef<{ from: number; y0: number; midpoints: number[] } | null>(null);
  const end = () => {
    start.current = null;
    setDrag(null);
  };
  const handleProps = (index: number) => ({
    onPointerDown: (event: PointerEvent<HTMLElement>) => {
      if (event.button !== 0 || !list.current) return;
      event.currentTarget.setPointerCapture(event.pointerId);
      const midpoints = Array.from(list.current.children, (item) => {
        const rect = item.getBoundingClientRect();
        return rect.top + window.scrollY + rect.height / 2;
      });
      start.current = { from: index, y0: pageY(event), midpoints };
      setDrag({ from: index, to: index, dy: 0 });
    },
    onPointerMove: (event: PointerEvent<HTMLElement>) => {
      const s = start.current;
      if (!s) return;
      if (event.clientY < EDGE) window.scrollBy(0, -SCROLL_STEP);
      else if (event.clientY > window.innerHeight - EDGE) window.scrollBy(0, SCROLL_STEP);
      const y = pageY(event);
      setDrag({ from: s.from, to: dropIndex(s.midpoints, s.from, y), dy: y - s.y0 });
    },
    onPointerUp: (event: PointerEvent<HTMLElement>) => {
      const s = start.current;
      if (!s) return;
      const to = dropIndex(s.midpoints, s.from, pageY(event));
      end();
      if (to !== s.from) onDrop(s.from, to);
    },
    onPointerCancel: end,
  });
  return { drag, handleProps };
}
