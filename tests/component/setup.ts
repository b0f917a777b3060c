/**
 * jsdom lacks the layout APIs some components observe; these stand-ins report a zero-size box,
 * which the components already handle (their first render, before layout, sees the same).
 */
import { cleanup } from '@testing-library/react';
import '@testing-library/jest-dom/vitest';
import { afterEach } from 'vitest';

class NoResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoResizeObserver;

afterEach(() => cleanup());
