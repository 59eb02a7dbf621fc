import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

// The y-websocket protocol's message types: the first number of every message. Awareness (1) is
// read by no one here — presence is what the server itself knows of the connections — so it is
// neither applied nor relayed; a client that sends it loses nothing.
const MESSAGE_SYNC = 0;

/** One WebSocket as the document sync sees it. */
export interface SyncSocket {
  send(data: Uint8Array): void;
}

/** What a connection may do with its document. */
export interface SyncAccess {
  /** Whether the connection's updates are applied; a reader's are ignored, never relayed. */
  readonly canWrite: boolean;
}

/**
 * Serves one Yjs document to its connections with the y-websocket protocol (y-protocols' sync
 * messages): each connection is sent the document's state vector when it joins (sync step 1),
 * answered with what it lacks, and sent every later update of the document. A writer's updates
 * are applied with the connection as their origin; a reader may ask for the document but its
 * updates (sync step 2, update) are dropped, so it can never change what others see.
 */
export class DocumentSync {
  private readonly sockets = new Map<SyncSocket, SyncAccess>();

  constructor(readonly doc: Y.Doc) {
    doc.on('update', (update: Uint8Array) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.writeUpdate(encoder, update);
      const message = encoding.toUint8Array(encoder);
      for (const socket of this.sockets.keys()) socket.send(message);
    });
  }

  /** How many connections follow the document. */
  get size(): number {
    return this.sockets.size;
  }

  /** A connection joins: it is sent the document's state vector, to answer with what it has. */
  join(socket: SyncSocket, access: SyncAccess): void {
    this.sockets.set(socket, access);
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    syncProtocol.writeSyncStep1(encoder, this.doc);
    socket.send(encoding.toUint8Array(encoder));
  }

  leave(socket: SyncSocket): void {
    this.sockets.delete(socket);
  }

  /**
   * A message from a connection. Returns false for a message that is not the protocol's (not
   * decodable, an unknown sync message), which the caller treats as a broken client.
   */
  receive(socket: SyncSocket, message: Uint8Array): boolean {
    const access = this.sockets.get(socket);
    if (!access) return false;
    try {
      const decoder = decoding.createDecoder(message);
      const type = decoding.readVarUint(decoder);
      if (type !== MESSAGE_SYNC) return true;
      const syncType = decoding.readVarUint(decoder);
      if (syncType !== syncProtocol.messageYjsSyncStep1 && !access.canWrite) return true;
      // Read again from the start of the sync message, as y-protocols expects it.
      const syncDecoder = decoding.createDecoder(message);
      decoding.readVarUint(syncDecoder);
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      syncProtocol.readSyncMessage(syncDecoder, encoder, this.doc, socket);
      if (encoding.length(encoder) > 1) socket.send(encoding.toUint8Array(encoder));
      return true;
    } catch {
      return false;
    }
  }
}
