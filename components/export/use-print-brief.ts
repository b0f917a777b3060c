'use client';

import {
  type ComponentType,
  type RefObject,
  useCallback,
  useEffect,
  useRef,
  useState,
} from 'react';
import { flushSync } from 'react-dom';
import type { CapturableMap, ExportCanvas } from '@/lib/export/png';
import type { PrintBriefProps } from './print-brief';

/** How long after the dashboard mounts the brief's chunk loads (after the map's first work). */
const BRIEF_LOAD_DELAY_MS = 3000;
/** The printed map's pixels per CSS pixel: sharp on paper at the brief's size. */
const PRINT_SCALE = 2;

/** The brief's layout and content, a chunk of their own: loaded once the page is idle. */
const loadBrief = () => import('./print-brief').then((m) => m.PrintBrief);

export interface PrintBriefState {
  /** The brief, to render when `active`; null until its chunk has loaded. */
  Brief: ComponentType<PrintBriefProps> | null;
  /** Whether the brief is rendered: from the first print on (it is built only for paper). */
  active: boolean;
  /** The map as an image URL, or null when the map could not be copied. */
  image: string | null;
  /** Copies the map (at PRINT_SCALE) and renders the brief; the caller prints after. */
  prepare: () => Promise<void>;
}

function canvasBlob(canvas: ExportCanvas): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/** A synchronous copy of the map, for the browser's own print command (Ctrl+P). */
function copyNow(map: CapturableMap | null): string | null {
  const canvas = map?.getCanvas();
  if (!map?.redraw || !(canvas instanceof HTMLCanvasElement)) return null;
  try {
    // A frame drawn now keeps its pixels until this task ends, so they can be read.
    map.redraw();
    return canvas.toDataURL('image/png');
  } catch {
    return null;
  }
}

/**
 * The printed brief's map image and when to render the brief. The Export menu's "Print brief"
 * calls `prepare` (an asynchronous, sharper copy) and then prints; the browser's print command
 * fires `beforeprint`, where only a synchronous copy is possible.
 */
export function usePrintBrief(captureRef: RefObject<CapturableMap | null>): PrintBriefState {
  const [state, setState] = useState<{ active: boolean; image: string | null }>({
    active: false,
    image: null,
  });
  const [Brief, setBrief] = useState<ComponentType<PrintBriefProps> | null>(null);
  const objectUrl = useRef<string | null>(null);
  // Set by `prepare`, consumed by the `beforeprint` that follows: its copy is the better one.
  const prepared = useRef(false);

  const show = useCallback((image: string | null, loaded?: ComponentType<PrintBriefProps>) => {
    if (objectUrl.current && objectUrl.current !== image) URL.revokeObjectURL(objectUrl.current);
    objectUrl.current = image?.startsWith('blob:') ? image : null;
    // Rendered now: the print that follows lays out the page right away.
    flushSync(() => {
      if (loaded) setBrief(() => loaded);
      setState({ active: true, image });
    });
  }, []);

  const prepare = useCallback(async () => {
    const loaded = await loadBrief();
    const map = captureRef.current;
    let image: string | null = null;
    if (map) {
      const { captureAtScale } = await import('@/lib/export/png');
      const { canvas } = await captureAtScale(map, PRINT_SCALE);
      const blob = await canvasBlob(canvas);
      if (blob) {
        image = URL.createObjectURL(blob);
        const decoded = new Image();
        decoded.src = image;
        await decoded.decode();
      }
    }
    prepared.current = true;
    show(image, loaded);
  }, [captureRef, show]);

  // Not in the first load (it is only for paper), but ready before anyone prints: the browser's
  // print command lays the page out right after `beforeprint`, with no time to fetch a chunk.
  useEffect(() => {
    let cancelled = false;
    const timer = setTimeout(() => {
      loadBrief().then(
        (loaded) => {
          if (!cancelled) setBrief(() => loaded);
        },
        // Let go: printing asks for the brief again (`prepare`), and prints without it if need be.
        () => {},
      );
    }, BRIEF_LOAD_DELAY_MS);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, []);

  useEffect(() => {
    const onBeforePrint = () => {
      if (prepared.current) {
        prepared.current = false;
        return;
      }
      show(copyNow(captureRef.current));
    };
    window.addEventListener('beforeprint', onBeforePrint);
    return () => window.removeEventListener('beforeprint', onBeforePrint);
  }, [captureRef, show]);

  useEffect(
    () => () => {
      if (objectUrl.current) URL.revokeObjectURL(objectUrl.current);
    },
    [],
  );

  return { ...state, Brief, prepare };
}
