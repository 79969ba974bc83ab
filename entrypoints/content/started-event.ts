/**
 * The name of the DOM event with which WXT's content-script context tells older instances
 * of a content script to stop (ContentScriptContext.SCRIPT_STARTED_MESSAGE_TYPE, built by
 * WXT's getUniqueEventName). Private in WXT's types, so spelt out here; a unit test checks
 * it against the pinned WXT's source.
 */
export function startedEventName(extensionId: string, entrypoint: string): string {
  return `${extensionId}:${entrypoint}:wxt:content-script-started`;
}
