export declare const OUTPUT: string;
export declare function classifyBmp(): { kinds: Uint8Array; lower: Uint16Array; upperKeep: Uint16Array };
export declare function toRuns(table: Uint8Array | Uint16Array, delta: boolean): number[];
export declare function foldTablesSource(): string;
