export declare const SOURCE: string;
export declare const OUTPUT: string;
export declare function compileScanner(): Promise<Uint8Array>;
export declare function scannerModuleSource(binary: Uint8Array): string;
