/** Saves text or bytes as a file through a temporary object URL (no network involved). */
export function download(name: string, data: string | Uint8Array, type: string): void {
  // A copy: a Blob takes bytes backed by an ArrayBuffer, and a typed array's may be shared.
  const url = URL.createObjectURL(new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
