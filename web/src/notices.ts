import { watchRequests } from './api.js';
import { el } from './dom.js';

/** After this long a request counts as slow, and the indicator says so. */
const SLOW_MS = 3000;

/**
 * Shows `indicator` the moment any request starts and hides it when the last one ends, so the
 * page never looks idle while it waits.
 */
export function showLoading(indicator: HTMLElement): void {
  const text = el('span', {}, 'Loading…');
  indicator.replaceChildren(el('span', { class: 'bar', 'aria-hidden': 'true' }), text);
  let slow: ReturnType<typeof setTimeout> | undefined;
  watchRequests((pending) => {
    if (pending > 0 && indicator.hidden) {
      indicator.hidden = false;
      text.textContent = 'Loading…';
      slow = setTimeout(() => {
        text.textContent = 'Still waiting for the API…';
      }, SLOW_MS);
    } else if (pending === 0) {
      indicator.hidden = true;
      clearTimeout(slow);
    }
  });
}

/** The message of a failed view, with a button that tries the view again. */
export class ErrorNotice {
  constructor(private readonly root: HTMLElement) {
    root.hidden = true;
  }

  show(error: unknown, retry: () => void): void {
    const button = el('button', { type: 'button', class: 'retry' }, 'Retry');
    button.addEventListener('click', () => {
      this.hide();
      retry();
    });
    this.root.replaceChildren(
      el('strong', {}, 'This view could not be loaded. '),
      el('span', {}, error instanceof Error ? error.message : String(error)),
      ' ',
      button,
    );
    this.root.hidden = false;
  }

  hide(): void {
    this.root.hidden = true;
  }
}
