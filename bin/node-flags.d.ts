/** V8 flags of the `oer-studio` process: see node-flags.js. */
export declare const NODE_FLAGS: readonly string[];
