export * from "./primitives";
export * from "./snapshot";
export * from "./dataset";
export * from "./event";
export * from "./annotation";
export * from "./story";
