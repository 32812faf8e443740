// Switches the side panel between what it shows (the dashboard, or the customers list alone) and an open
// customer profile. What it shows stays mounted, only hidden, while a profile is open: its state, its charts and
// its scroll position survive, and Back returns to the very row or button that opened the profile. Mount it inside
// the page's `<main class="panel">`, whose padding the profile's sticky Back bar spans.
import { effect } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { CustomersList } from '../customers/CustomersList';
import { CustomerProfileView } from './CustomerProfileView';
import type { ProfileModel } from './profile-model';
import './profile.css';

export interface CustomerScreensProps {
  model: ProfileModel;
  /** What shows while no profile is open; default: the customers list. */
  children?: ComponentChildren;
}

interface ReturnPoint {
  scrollY: number;
  /** The element that opened the profile, and where it was in the viewport. */
  opener: HTMLElement | null;
  openerTop: number;
}

/** Scrolls so the opener sits where it was (content above it may have changed height), else to the old offset. */
function scrollBack({ scrollY, opener, openerTop }: ReturnPoint): void {
  if (opener?.isConnected) window.scrollBy(0, opener.getBoundingClientRect().top - openerTop);
  else window.scrollTo(0, scrollY);
}

export function CustomerScreens({ model, children }: CustomerScreensProps) {
  const returnPoint = useRef<ReturnPoint | null>(null);
  const open = model.actor.value !== null;

  // Runs synchronously when a profile opens, before the page re-renders: the scroll position and the focused
  // opener are still those of the dashboard.
  useEffect(() => {
    let wasOpen = model.actor.peek() !== null;
    return effect(() => {
      const isOpen = model.actor.value !== null;
      if (isOpen && !wasOpen) {
        const focused = document.activeElement;
        const opener = focused instanceof HTMLElement && focused !== document.body ? focused : null;
        returnPoint.current = { scrollY: window.scrollY, opener, openerTop: opener?.getBoundingClientRect().top ?? 0 };
      }
      wasOpen = isOpen;
    });
  }, [model]);

  // Back: as soon as the dashboard is in the page again, before it is painted, put the scroll position and the
  // focus back (so it never shows at the wrong place first).
  useLayoutEffect(() => {
    if (open || !returnPoint.current) return;
    const point = returnPoint.current;
    returnPoint.current = null;
    scrollBack(point);
    if (point.opener?.isConnected) point.opener.focus({ preventScroll: true });
    // Charts hidden meanwhile resize when they show again (a frame later): settle once more after that.
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => scrollBack(point));
    });
    return () => cancelAnimationFrame(frame);
  }, [open]);

  return (
    <>
      <div hidden={open} class="customer-screens-home stack">
        {children ?? <CustomersList model={model} />}
      </div>
      {open && (
        <div class="customer-screens-profile">
          <CustomerProfileView model={model} onBack={model.close} />
        </div>
      )}
    </>
  );
}
