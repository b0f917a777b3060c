/**
 * The PNG export widens the camera for a moment while it copies the map (lib/export/png.ts
 * captureAtScale), then puts it back. Its camera moves carry this marker as MapLibre event data,
 * so the map does not report them as the user's view (no `map=` written to the link). A module
 * of its own: the map imports it, and must not pull in the canvas composer.
 */
export const EXPORT_CAMERA_EVENT = { atlasExportCapture: true } as const;

/** True for a camera event (movestart, moveend, …) caused by the export's capture. */
export function isExportCameraEvent(event: object): boolean {
  return (event as Partial<typeof EXPORT_CAMERA_EVENT>).atlasExportCapture === true;
}
