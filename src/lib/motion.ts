// Whether to animate: the reader's own setting (the motion toggle, remembered) wins over the OS preference.
export const MOTION_KEY = 'launch-contest:motion';

export function motionPreference(): 'reduce' | 'full' | null {
  try {
    const v = localStorage.getItem(MOTION_KEY);
    return v === 'reduce' || v === 'full' ? v : null;
  } catch {
    return null;
  }
}

export function prefersReducedMotion(): boolean {
  const pref = document.documentElement.dataset.motion;
  if (pref === 'reduce') return true;
  if (pref === 'full') return false;
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}
