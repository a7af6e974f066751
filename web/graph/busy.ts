// One user action at a time, seen to be running: the controls are disabled and the page aria-busy
// while it runs, its answer (or a plain error) goes to the status line after, and focus stays where
// the user left it (or, when the action took that control away, on the one that follows from it).
import { plainError, Superseded } from './messages.js';
import * as panel from './panel.js';

const controls = () => [
  ...document.querySelectorAll<HTMLButtonElement | HTMLSelectElement>(
    'header button, header select, #toolbar button, #details button',
  ),
];

/**
 * `then` names where focus goes when the action removed the focused control: by default the heading
 * of what the panel now shows (an Expand redraws the panel it was in).
 */
export async function act(label: string, work: () => Promise<string | undefined>, then = '#details h2'): Promise<void> {
  const disabled = controls();
  const focused = document.activeElement as HTMLElement | null;
  disabled.forEach((c) => (c.disabled = true));
  document.body.setAttribute('aria-busy', 'true');
  panel.status(`${label}…`);
  try {
    const message = await work();
    if (message) panel.status(message);
  } catch (error) {
    if (error instanceof Superseded) return;
    panel.showResults([], () => {});
    panel.clearDetails();
    panel.status(plainError(error), true);
  } finally {
    disabled.forEach((c) => (c.disabled = false));
    document.body.removeAttribute('aria-busy');
    // Focus stays where the user was (a disabled button would otherwise have dropped it).
    const dropped = !document.activeElement || document.activeElement === document.body;
    if (focused && dropped) (document.contains(focused) ? focused : document.querySelector<HTMLElement>(then))?.focus();
  }
}
