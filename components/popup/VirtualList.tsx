import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/**
 * A windowed list with fixed row height: only the rows in view (plus a few) are in the DOM, so
 * 100k rows scroll as smoothly as 10. Arrow keys, Home and End move focus between rows.
 */
export function VirtualList({
  total,
  rowHeight,
  height,
  overscan = 6,
  label,
  renderRow,
  onRange,
  testId,
}: {
  total: number;
  rowHeight: number;
  height: number;
  overscan?: number;
  label: string;
  renderRow: (index: number) => ComponentChildren;
  onRange?: (start: number, end: number) => void;
  testId?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const focusAfter = useRef<number | null>(null);
  const [, setTick] = useState(0);
  const start = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const end = Math.min(total, Math.ceil((scrollTop + height) / rowHeight) + overscan);

  useEffect(() => onRange?.(start, end), [start, end, onRange]);
  // A new query starts at the top.
  useEffect(() => {
    if (box.current && scrollTop > total * rowHeight) {
      box.current.scrollTop = 0;
      setScrollTop(0);
    }
  }, [total, rowHeight, scrollTop]);
  useEffect(() => {
    const index = focusAfter.current;
    if (index === null) return;
    const row = box.current?.querySelector<HTMLElement>(`[data-index="${index}"]`);
    const target = row?.querySelector<HTMLElement>('button, a') ?? row;
    if (target) {
      target.focus({ preventScroll: true });
      focusAfter.current = null;
    }
  });

  const onKeyDown = (event: KeyboardEvent) => {
    const current = (event.target as HTMLElement).closest<HTMLElement>('[data-index]');
    if (!current || !box.current) return;
    const index = Number(current.dataset.index);
    const next =
      event.key === 'ArrowDown'
        ? index + 1
        : event.key === 'ArrowUp'
          ? index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? total - 1
              : event.key === 'PageDown'
                ? index + Math.floor(height / rowHeight)
                : event.key === 'PageUp'
                  ? index - Math.floor(height / rowHeight)
                  : null;
    if (next === null) return;
    event.preventDefault();
    const clamped = Math.max(0, Math.min(total - 1, next));
    const top = clamped * rowHeight;
    const el = box.current;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowHeight > el.scrollTop + height) el.scrollTop = top + rowHeight - height;
    setScrollTop(el.scrollTop);
    const row = el.querySelector<HTMLElement>(`[data-index="${clamped}"]`);
    const target = row?.querySelector<HTMLElement>('button, a') ?? row;
    if (target) target.focus({ preventScroll: true });
    else {
      // Not rendered yet: focus it once the window has moved there.
      focusAfter.current = clamped;
      setTick((t) => t + 1);
    }
  };

  const rows: ComponentChildren[] = [];
  for (let i = start; i < end; i++) {
    rows.push(
      <li
        key={i}
        aria-setsize={total}
        aria-posinset={i + 1}
        data-index={i}
        class="vrow"
        style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }}
      >
        {renderRow(i)}
      </li>,
    );
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: arrow keys pressed on the focusable rows inside bubble here.
    <div
      ref={box}
      class="vlist"
      style={{ height: `${height}px` }}
      onScroll={(e) => setScrollTop((e.currentTarget as HTMLDivElement).scrollTop)}
      onKeyDown={onKeyDown}
      data-testid={testId}
      data-total={total}
    >
      <ul aria-label={label} class="vlist-inner" style={{ height: `${total * rowHeight}px` }}>
        {rows}
      </ul>
    </div>
  );
}
