'use client';

import { type RefObject, useCallback, useEffect, useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import type { CapturableMap, ExportCanvas } from '@/lib/export/png';

/** The printed map's pixels per CSS pixel: sharp on paper at the brief's size. */
const PRINT_SCALE = 2;

export interface PrintBriefState {
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
  const objectUrl = useRef<string | null>(null);
  // Set by `prepare`, consumed by the `beforeprint` that follows: its copy is the better one.
  const prepared = useRef(false);

  const show = useCallback((image: string | null) => {
    if (objectUrl.current && objectUrl.current !== image) URL.revokeObjectURL(objectUrl.current);
    objectUrl.current = image?.startsWith('blob:') ? image : null;
    // Rendered now: the print that follows lays out the page right away.
    flushSync(() => setState({ active: true, image }));
  }, []);

  const prepare = useCallback(async () => {
    const map = captureRef.current;
    let image: string | null = null;
    if (map) {
      const { captureAtScale } = await import('@/lib/export/png');
      const { canvas } = await captureAtScale(map, PRINT_SCALE);
      const blob = await canvasBlob(canvas);
      if (blob) {
        image = URL.createObjectURL(blob);
        const loaded = new Image();
        loaded.src = image;
        await loaded.decode();
      }
    }
    prepared.current = true;
    show(image);
  }, [captureRef, show]);

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

  return { ...state, prepare };
}
