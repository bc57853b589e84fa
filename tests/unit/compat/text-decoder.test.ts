// Protects the ISO-2022-JP decoding fix: where a decoder keeps its state between calls (Chromium), each complete input decodes alone, a stream still decodes across calls, and a correct runtime is left alone.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetTextDecoderBetweenCalls } from '@/utils/compat/text-decoder';

const Native = TextDecoder;
// ESC $ B, 亜, ESC ( B: one complete ISO-2022-JP word.
const WORD = new Uint8Array([0x1b, 0x24, 0x42, 0x30, 0x21, 0x1b, 0x28, 0x42]);

/** Decodes every call as part of one stream, as Chromium's ISO-2022-JP decoder behaves. */
class StatefulDecoder {
  private readonly inner: TextDecoder;
  readonly fatal = false;
  readonly ignoreBOM = false;
  constructor(label: string) {
    this.inner = new Native(label);
  }
  get encoding(): string {
    return this.inner.encoding;
  }
  decode(input?: AllowSharedBufferSource): string {
    return this.inner.decode(input, { stream: true });
  }
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('resetTextDecoderBetweenCalls', () => {
  it('decodes each complete input afresh where the decoder keeps state', () => {
    vi.stubGlobal('TextDecoder', StatefulDecoder);
    const decoder = new TextDecoder('iso-2022-jp');
    expect(decoder.decode(WORD)).toBe('亜');
    expect(decoder.decode(WORD)).toBe('\uFFFD亜');
    resetTextDecoderBetweenCalls();
    expect([decoder.decode(WORD), decoder.decode(WORD)]).toEqual(['亜', '亜']);
  });

  it('still decodes a stream split across calls', () => {
    vi.stubGlobal('TextDecoder', StatefulDecoder);
    resetTextDecoderBetweenCalls();
    const decoder = new TextDecoder('iso-2022-jp');
    expect(decoder.decode(WORD.subarray(0, 4), { stream: true }) + decoder.decode(WORD.subarray(4))).toBe('亜');
    expect(decoder.decode(WORD)).toBe('亜');
  });

  it('leaves a decoder that follows the standard alone', () => {
    const decode = Native.prototype.decode;
    resetTextDecoderBetweenCalls();
    expect(Native.prototype.decode).toBe(decode);
  });
});
