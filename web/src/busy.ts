let running = 0;
let idlePromise = Promise.resolve();
let settle: () => void = () => {};

/**
 * Runs a step of work with `data-busy` on <body>; `idle()` resolves once no step is under way,
 * which the browser test waits for (a canvas and async rendering give it nothing else to poll).
 */
export async function busy<T>(work: () => Promise<T>): Promise<T> {
  if (running++ === 0) {
    document.body.dataset.busy = 'true';
    document.body.setAttribute('aria-busy', 'true');
    idlePromise = new Promise((resolve) => {
      settle = resolve;
    });
  }
  try {
    return await work();
  } finally {
    if (--running === 0) {
      document.body.dataset.busy = 'false';
      document.body.removeAttribute('aria-busy');
      settle();
    }
  }
}

export function idle(): Promise<void> {
  return idlePromise;
}
