// X-style virtualized list: every item is a div[data-testid="cellInnerDiv"], absolutely positioned
// with transform: translateY(Npx) inside a relatively positioned container whose min-height is the total
// height. Only cells within the viewport ± OVERSCAN screens are mounted; others are unmounted and come back
// when scrolled back. Heights are measured (ResizeObserver) and cached by key.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';

const OVERSCAN = 1.5; // screens above and below

export function VirtualList({ items, renderItem, estimate = 160, onNearEnd, nearEndScreens = 2 }) {
  const containerRef = useRef(null);
  const heights = useRef(new Map());
  const [, setTick] = useState(0);
  const [viewport, setViewport] = useState({
    top: 0,
    bottom: typeof window !== 'undefined' ? window.innerHeight : 900,
  });
  const rafRef = useRef(0);

  const measureViewport = useCallback(() => {
    const el = containerRef.current;
    if (!el) return;
    const rect = el.getBoundingClientRect();
    // viewport expressed in container coordinates
    setViewport((v) => {
      const top = -rect.top;
      const bottom = top + window.innerHeight;
      return Math.abs(v.top - top) < 1 && Math.abs(v.bottom - bottom) < 1 ? v : { top, bottom };
    });
  }, []);

  useEffect(() => {
    const onScroll = () => {
      if (rafRef.current) return;
      rafRef.current = requestAnimationFrame(() => {
        rafRef.current = 0;
        measureViewport();
      });
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    window.addEventListener('resize', onScroll);
    measureViewport();
    return () => {
      window.removeEventListener('scroll', onScroll);
      window.removeEventListener('resize', onScroll);
      if (rafRef.current) cancelAnimationFrame(rafRef.current);
    };
  }, [measureViewport]);

  const roRef = useRef(null);
  if (!roRef.current && typeof ResizeObserver !== 'undefined') {
    roRef.current = new ResizeObserver((entries) => {
      let changed = false;
      for (const entry of entries) {
        const key = entry.target.getAttribute('data-vkey');
        if (key == null) continue;
        const h = Math.round(entry.target.getBoundingClientRect().height);
        if (h > 0 && heights.current.get(key) !== h) {
          heights.current.set(key, h);
          changed = true;
        }
      }
      if (changed) setTick((t) => t + 1);
    });
  }
  useEffect(() => () => roRef.current?.disconnect(), []);

  const cellRef = useCallback((el) => {
    if (el && roRef.current) roRef.current.observe(el);
  }, []);

  // Layout
  const offsets = new Array(items.length);
  let total = 0;
  for (let i = 0; i < items.length; i++) {
    offsets[i] = total;
    total += heights.current.get(items[i].key) ?? estimate;
  }
  const screen = viewport.bottom - viewport.top;
  const from = viewport.top - OVERSCAN * screen;
  const to = viewport.bottom + OVERSCAN * screen;
  const visible = [];
  for (let i = 0; i < items.length; i++) {
    const h = heights.current.get(items[i].key) ?? estimate;
    if (offsets[i] + h >= from && offsets[i] <= to) visible.push(i);
  }

  // Keep the viewport in sync after layout changes (e.g. prepended tweets, measured heights).
  useLayoutEffect(() => {
    measureViewport();
  }, [total, items.length, measureViewport]);

  const nearEnd = total - viewport.bottom < nearEndScreens * screen;
  useEffect(() => {
    if (nearEnd && onNearEnd) {
      const t = setTimeout(onNearEnd, 30);
      return () => clearTimeout(t);
    }
  }, [nearEnd, onNearEnd, items.length]);

  return (
    <div ref={containerRef} style={{ position: 'relative', minHeight: `${total}px` }}>
      {visible.map((i) => (
        <div
          key={items[i].key}
          ref={cellRef}
          data-vkey={items[i].key}
          data-testid="cellInnerDiv"
          className="cell"
          style={{ transform: `translateY(${offsets[i]}px)`, position: 'absolute', width: '100%' }}
        >
          {renderItem(items[i], i)}
        </div>
      ))}
    </div>
  );
}
