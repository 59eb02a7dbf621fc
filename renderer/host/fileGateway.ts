/** A file as read: its name, its bytes, and its stamp (last modified time) to notice a change behind our back. */
export interface ReadFile<Ref> {
  readonly name: string;
  /** The file's content: a `.journey` file's UTF-8 text, or a PDF that may carry a map. */
  readonly bytes: Uint8Array;
  readonly stamp: number;
  /** How to reach the file again (a File System Access handle); null when it was uploaded. */
  readonly ref: Ref | null;
}

/** A file written: its name and how to reach it again (null when it was downloaded). */
export interface WrittenFile<Ref> {
  readonly name: string;
  readonly stamp: number;
  readonly ref: Ref | null;
}

/**
 * What the browser edition can do with files. The File System Access gateway reads and writes
 * files in place; the download gateway uploads through a file input and saves by downloading.
 * Either may throw DOMExceptions; the browser host turns them into plain results.
 */
export interface FileGateway<Ref> {
  /** Asks the user for a file to open; null when they cancel. */
  pickToOpen(): Promise<ReadFile<Ref> | null>;
  /** Asks where to save (or downloads under the suggested name) and writes the text; null when they cancel. */
  pickToSave(suggestedName: string, text: string): Promise<WrittenFile<Ref> | null>;
  /** Writes the text to a file: in place when there is a ref, else by downloading it under `name`. */
  write(ref: Ref | null, name: string, text: string): Promise<WrittenFile<Ref>>;
  /** Reads a file again. */
  read(ref: Ref): Promise<ReadFile<Ref>>;
  /** The file's stamp now. */
  stamp(ref: Ref): Promise<number>;
  /** Asks for permission to read and write a file remembered from an earlier visit; false when refused. */
  requestAccess(ref: Ref): Promise<boolean>;
  /** Whether two refs name the same file (for the recent-files list). */
  same(a: Ref, b: Ref): Promise<boolean>;
}
