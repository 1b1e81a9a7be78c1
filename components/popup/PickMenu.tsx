import { useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface MenuItem {
  id: string;
  label: string;
  testid: string;
  onSelect: () => void;
}

/**
 * A small menu behind "⋯" for the actions a row rarely needs (snooze, not for me). A menu button
 * (WAI-ARIA): Enter, Space or ArrowDown opens it on the first item, arrows move, Escape closes it and
 * gives focus back to the button, Tab or a click elsewhere closes it.
 */
export function PickMenu({
  label,
  items,
  disabled,
}: {
  /** What the button says to a screen reader: "More for Ada". */
  label: string;
  items: readonly MenuItem[];
  disabled?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLDivElement>(null);
  // The menu holds only its items.
  const itemsOf = () => [...(menu.current?.children ?? [])] as HTMLButtonElement[];

  // A layout effect: focus is on the first item as soon as the menu exists, so a key pressed right
  // after opening (or a test that sees the menu) never lands on the button instead.
  useLayoutEffect(() => {
    if (!open) return;
    (menu.current?.firstElementChild as HTMLButtonElement | null)?.focus();
    // The last row's menu may open below the panel's fold: bring it into view.
    menu.current?.scrollIntoView?.({ block: 'nearest' });
    const outside = (event: Event) => {
      const target = event.target as Node;
      if (!menu.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('pointerdown', outside);
    return () => document.removeEventListener('pointerdown', outside);
  }, [open]);

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const all = itemsOf();
    const i = all.indexOf(document.activeElement as HTMLButtonElement);
    const move = (to: number) => {
      event.preventDefault();
      all[(to + all.length) % all.length]?.focus();
    };
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'ArrowDown') move(i + 1);
    else if (event.key === 'ArrowUp') move(i - 1);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(all.length - 1);
    else if (event.key === 'Tab') close(false);
  };

  return (
    <div class="pick-menu">
      <button
        type="button"
        ref={button}
        class="icon-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-label={label}
        title={label}
        disabled={disabled}
        data-testid="dt-pick-more"
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            setOpen(true);
          }
        }}
      >
        <span aria-hidden="true">⋯</span>
      </button>
      {open && (
        <div class="menu" role="menu" aria-label={label} ref={menu} onKeyDown={onMenuKey}>
          {items.map((item) => (
            <button
              key={item.id}
              type="button"
              role="menuitem"
              tabIndex={-1}
              data-testid={item.testid}
              onClick={() => {
                close(true);
                item.onSelect();
              }}
            >
              {item.label}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
