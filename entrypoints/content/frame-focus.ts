/**
 * Whether this frame answers a walk: the frame the reader is in, or the top frame when none
 * has focus (a frame's own content script answers for it).
 */
export function walksHere(): boolean {
  if (window !== window.top) return document.hasFocus();
  return document.hasFocus() || ![...document.querySelectorAll('iframe')].some((f) => f === document.activeElement);
}
