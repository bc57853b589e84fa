// Stands in for iconv-lite in the extension build: @kenjiuno/msgreader only decodes code-page strings with it, which TextDecoder does natively, while the real module needs Node's Buffer and crashes the panel on load.
export function decode(bytes: Uint8Array, encoding: string): string {
  return new TextDecoder(encoding).decode(bytes);
}
