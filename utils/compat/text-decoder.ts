// Makes TextDecoder start afresh on each decode() made without {stream: true}, as the Encoding standard says, where the browser does not.
// Chromium keeps the ISO-2022-JP state from one call to the next, and postal-mime shares one decoder per charset: every
// encoded word of a header after the first, and a body that opens with an escape sequence, came out with a leading U+FFFD.

// ESC $ B, 亜, ESC ( B: one complete ISO-2022-JP word.
const WORD = new Uint8Array([0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42]);

function keepsState(): boolean {
  const decoder = new TextDecoder('iso-2022-jp');
  return decoder.decode(WORD) !== decoder.decode(WORD);
}

export function resetTextDecoderBetweenCalls(): void {
  if (!keepsState()) return;
  const decode = TextDecoder.prototype.decode;
  // A decoder in the middle of a stream keeps its state until the call that ends the stream.
  const streaming = new WeakSet<TextDecoder>();
  TextDecoder.prototype.decode = function (this: TextDecoder, input?: AllowSharedBufferSource, options?: TextDecodeOptions): string {
    if (options?.stream) {
      streaming.add(this);
      return decode.call(this, input, options);
    }
    if (streaming.delete(this) || this.encoding !== 'iso-2022-jp') return decode.call(this, input, options);
    return decode.call(new TextDecoder(this.encoding, { fatal: this.fatal, ignoreBOM: this.ignoreBOM }), input);
  };
}
