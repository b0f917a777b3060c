/**
 * In-page side of the bench, installed with Playwright's addInitScript before any page script
 * runs. Plain JavaScript on purpose: tsx compiles TypeScript with esbuild's keepNames, whose
 * `__name` helper does not exist in the page, so functions written in the .ts modules cannot be
 * shipped to the browser safely.
 *
 * window.__benchHarness:
 * - firstIdle: performance.now() (ms since navigation start) when an element first got
 *   data-map-idle="true" (the app's map container, or the baseline's), and firstIdleView its
 *   data-map-view. A MutationObserver on attribute changes only: both pages start at "false".
 * - blockingBeforeIdle(): the long tasks' time beyond 50 ms each (as Total Blocking Time counts
 *   it) among tasks that started before the first idle.
 * - armPanel(name) / armDate(): start watching for the outcome of the next click; `pending`
 *   resolves with { ok, latency, frameLatency, day, inputDelay }. latency runs from the
 *   capture-phase `click` listener on window (the click's dispatch to the page) to the
 *   MutationObserver callback that sees the outcome; frameLatency to the next animation frame
 *   after that (when the browser starts painting it).
 * - tickPoints(): a clickable point for every timeline tick (ticks overlap where events are close).
 */
(() => {
  const harness = {
    firstIdle: null,
    firstIdleView: null,
    pending: null,
  };
  window.__benchHarness = harness;

  const longTasks = [];
  new PerformanceObserver((list) => longTasks.push(...list.getEntries())).observe({
    type: 'longtask',
    buffered: true,
  });
  harness.blockingBeforeIdle = () =>
    longTasks
      .filter((task) => harness.firstIdle !== null && task.startTime < harness.firstIdle)
      .reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0);

  const idleObserver = new MutationObserver((records) => {
    for (const record of records) {
      const target = record.target;
      if (target.getAttribute('data-map-idle') === 'true') {
        harness.firstIdle = performance.now();
        harness.firstIdleView = target.getAttribute('data-map-view');
        idleObserver.disconnect();
        return;
      }
    }
  });
  idleObserver.observe(document, {
    subtree: true,
    attributes: true,
    attributeFilter: ['data-map-idle'],
  });

  const watch = (root, options, done, timeoutMs) =>
    new Promise((resolve) => {
      const click = { at: null, day: null, inputDelay: null };
      let settled = false;
      const settle = (result) => {
        if (settled) return;
        settled = true;
        observer.disconnect();
        clearTimeout(timer);
        window.removeEventListener('click', onClick, true);
        resolve(result);
      };
      const onClick = (event) => {
        if (click.at !== null) return;
        click.at = performance.now();
        click.inputDelay = click.at - event.timeStamp;
        const tick = event.target instanceof Element ? event.target.closest('[data-day]') : null;
        click.day = tick ? tick.getAttribute('data-day') : null;
      };
      const observer = new MutationObserver(() => {
        if (settled || click.at === null || !done(click)) return;
        const at = performance.now();
        observer.disconnect();
        requestAnimationFrame(() =>
          settle({
            ok: true,
            latency: at - click.at,
            frameLatency: performance.now() - click.at,
            day: click.day,
            inputDelay: click.inputDelay,
          }),
        );
      });
      const timer = setTimeout(
        () =>
          settle({
            ok: false,
            reason: click.at === null ? 'no click reached the page' : 'timed out',
            day: click.day,
            heading: (document.getElementById('detail-panel-title') || {}).textContent || null,
          }),
        timeoutMs,
      );
      window.addEventListener('click', onClick, true);
      observer.observe(root, options);
    });

  /** The detail panel's heading reads `name` and is rendered visible. */
  harness.armPanel = (name, timeoutMs = 10000) => {
    harness.pending = watch(
      document.body,
      { subtree: true, childList: true, characterData: true },
      () => {
        const heading = document.getElementById('detail-panel-title');
        return Boolean(heading) && heading.textContent === name && heading.checkVisibility();
      },
      timeoutMs,
    );
  };

  /** The map has drawn the clicked tick's date: data-map-view names it and data-map-idle is "true". */
  harness.armDate = (timeoutMs = 20000) => {
    const container = document.querySelector('[data-testid="map:container"]');
    harness.pending = watch(
      container,
      { attributes: true, attributeFilter: ['data-map-idle', 'data-map-view'] },
      (click) =>
        click.day !== null &&
        container.getAttribute('data-map-idle') === 'true' &&
        (container.getAttribute('data-map-view') || '').includes(`date=${click.day};`),
      timeoutMs,
    );
  };

  harness.tickPoints = () => {
    const buttons = document.querySelectorAll('[role="toolbar"] button[data-day]');
    const points = [];
    for (const button of buttons) {
      const box = button.getBoundingClientRect();
      const y = box.top + box.height / 2;
      // The centre first, then outwards: the first spot where this tick is the topmost element.
      for (let dx = 0; dx <= box.width / 2; dx += 1) {
        const hit = [box.left + box.width / 2 - dx, box.left + box.width / 2 + dx].find(
          (x) => document.elementFromPoint(x, y)?.closest('[data-day]') === button,
        );
        if (hit !== undefined) {
          points.push({ day: button.getAttribute('data-day'), x: hit, y });
          break;
        }
      }
    }
    return points;
  };
})();
