/** The image sniffer lives in src/assets (one for the whole program); re-exported for the model. */
export * from '../assets/sniffImage.js';
