export { buildApp, resolveSecret, type AppOptions } from './app.ts';
export { createInlineBridge, createPipelineBridge, QueueUnavailableError, type PipelineBridge, type BridgeOptions, type IncomingFile, type IngestResult } from './pipeline-bridge.ts';
export { addUser, addToken, removeToken } from './accounts.ts';
export { uploadLimits, type UploadLimits } from './upload/limits.ts';
