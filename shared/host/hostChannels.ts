/**
 * The names of the host's channels, without their schemas: the preload needs only these, and
 * stays free of the validation library (the main process checks arguments, not the preload).
 */
export const HOST_CHANNEL_NAMES = [
  'file:open',
  'file:openRecent',
  'file:chooseImport',
  'file:save',
  'file:saveAs',
  'file:revert',
  'file:takePending',
  'recent:list',
  'preferences:get',
  'preferences:set',
  'recovery:list',
  'recovery:read',
  'recovery:write',
  'recovery:discard',
  'recovery:reveal',
  'export:pdf',
  'export:save',
  'window:setFullScreen',
  'room:addresses',
  'room:open',
  'room:status',
  'room:state',
  'room:dots',
  'room:acknowledge',
  'room:remove',
  'room:close',
] as const;

/** One of the host's channels. */
export type HostChannel = (typeof HOST_CHANNEL_NAMES)[number];
