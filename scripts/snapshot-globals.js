// Imported first by scripts/snapshot-entry.js, while the startup snapshot is
// built: some packages make a TextDecoder or a Blob when they are imported
// (fflate, fontkit, jszip's feature test), and V8 cannot put the native
// objects behind them into a snapshot. Until restoreGlobals() is called,
// TextDecoder makes decoders that create the real one on first use after
// start-up, and Blob makes objects that only know their size (all that
// jszip's test reads). Decoding while the snapshot is built uses a decoder
// that is dropped at once.
import v8 from 'node:v8';

const RealTextDecoder = globalThis.TextDecoder;
const RealBlob = globalThis.Blob;

class LazyTextDecoder {
  #args;
  #real;
  constructor(...args) {
    this.#args = args;
  }
  #decoder() {
    if (v8.startupSnapshot.isBuildingSnapshot()) return new RealTextDecoder(...this.#args);
    return (this.#real ??= new RealTextDecoder(...this.#args));
  }
  decode(input, options) {
    return this.#decoder().decode(input, options);
  }
  get encoding() {
    return this.#decoder().encoding;
  }
  get fatal() {
    return this.#decoder().fatal;
  }
  get ignoreBOM() {
    return this.#decoder().ignoreBOM;
  }
}

class SizeOnlyBlob {
  constructor(parts = [], options = {}) {
    this.size = parts.reduce((n, part) => n + (typeof part === 'string' ? Buffer.byteLength(part) : (part.byteLength ?? part.size ?? 0)), 0);
    this.type = options.type ?? '';
  }
}

globalThis.TextDecoder = LazyTextDecoder;
globalThis.Blob = SizeOnlyBlob;

export function restoreGlobals() {
  globalThis.TextDecoder = RealTextDecoder;
  globalThis.Blob = RealBlob;
}
