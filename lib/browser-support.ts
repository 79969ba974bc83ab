/**
 * The oldest browsers Termlight runs in: the manifests' minimum versions and the bundles'
 * build target (wxt.config.ts), checked in the store zips by scripts/check-zips.ts.
 */

/**
 * The oldest Chrome. What sets it: `color-mix()` in the popup and options (111), the badge's
 * text colour, `action.setBadgeTextColor` (110), and the syntax of the bundles, built for
 * this version. Under it, and so covered: the CSS Custom Highlight API that paints the marks
 * (105), `'wasm-unsafe-eval'` in the extension's CSP (103), `Array.prototype.findLastIndex`
 * (97), `scripting.registerContentScripts` (96), `Object.hasOwn` (93),
 * `Array.prototype.at` (92), WebAssembly SIMD in the scanner (91). Newer APIs are used only
 * where present, with a fallback: `caretPositionFromPoint` (128; `caretRangeFromPoint`
 * before it), `scheduler.yield` (129; a timeout), `Uint8Array.fromBase64` (140; `atob`).
 * `highlightsFromPoint` is not used.
 */
export const MIN_CHROME = 111;

/**
 * The oldest Firefox: the CSS Custom Highlight API (140), without which nothing is marked,
 * and the manifest's `data_collection_permissions` (140). Everything else used is older
 * (`color-mix()` 113, WebAssembly SIMD 89, `browserAction.setBadgeTextColor` 63).
 */
export const MIN_FIREFOX = 140;

/**
 * Firefox for Android reads `data_collection_permissions` from 142 (desktop from 140), and
 * web-ext lint warns about a lower minimum there.
 */
export const MIN_FIREFOX_ANDROID = 142;
