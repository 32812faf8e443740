// Switches the side panel between what it shows (the dashboard, or the customers list alone) and an open
// customer profile. What it shows stays mounted, only hidden, while a profile is open: its state, its charts and
// its scroll position survive, and Back returns to the very row or button that opened the profile.
import { effect } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { CustomersList } from '../customers/CustomersList';
import { CustomerProfileView } from './CustomerProfileView';
import type { ProfileModel } from './profile-model';

export interface CustomerScreensProps {
  model: ProfileModel;
  /** What shows while no profile is open; default: the customers list. */
  children?: ComponentChildren;
}

interface ReturnPoint {
  scrollY: number;
  focus: HTMLElement | null;
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
        returnPoint.current = { scrollY: window.scrollY, focus: focused instanceof HTMLElement ? focused : null };
      }
      wasOpen = isOpen;
    });
  }, [model]);

  // Back: once the dashboard is visible again, put the scroll position and the focus back.
  useEffect(() => {
    if (open || !returnPoint.current) return;
    const { scrollY, focus } = returnPoint.current;
    returnPoint.current = null;
    window.scrollTo(0, scrollY);
    if (focus?.isConnected) focus.focus({ preventScroll: true });
  }, [open]);

  return (
    <>
      <div hidden={open} class="customer-screens-home">
        {children ?? <CustomersList model={model} />}
      </div>
      {open && (
        <div class="panel customer-screens-profile">
          <CustomerProfileView model={model} onBack={model.close} />
        </div>
      )}
    </>
  );
}
