import { z } from 'zod';
import { ROOM_CHANNELS, type RoomHostApi } from './roomChannels';
import { reportOptionsSchema, type ReportOptions } from '../report/reportOptions';
import type { HostChannel } from './hostChannels';
import type { HostResult } from './hostResult';

export type { HostChannel } from './hostChannels';

// The one contract between the page and its host (docs/ARCHITECTURE.md, Hosts): the Electron main process
// through the preload, or the browser edition. Each channel has a schema for its arguments, which
// the main process checks on every call, and a typed signature, which the preload and the
// renderer are both written against. Paths never come from the page except as a recent file the
// host itself listed: a document is named by the handle the host gave it when it was opened.

/** An opaque name for a file the user chose, issued by the host. */
export const documentHandleSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

/** How a file looked when it was opened or last saved, to notice a change on disk behind the app's back. */
export interface FileStamp {
  readonly size: number;
  readonly mtimeMs: number;
  readonly sha256: string;
}

/** A file the user opened: its text, the handle to save it back with, and how it looked on disk. */
export interface OpenedDocument {
  /**
   * The handle to save back with; null when the file must not be written over with a map (a map
   * taken out of an exported PDF opens untitled, named like its PDF, so Save asks where).
   */
  readonly handle: string | null;
  readonly name: string;
  readonly text: string;
  /**
   * When the map was made from another kind of file that can lose something on the way (a BPMN
   * model opened with Open… rather than Import…): that file's name and, in plain sentences,
   * everything the import read past, for the page to list as after an import.
   */
  readonly imported?: { readonly fileName: string; readonly findings: readonly string[] };
}

/** A file the person chose to import (File ▸ Import…): its name without folders, and its bytes. */
export interface FileToImport {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** A document saved to a file. */
export interface SavedDocument {
  readonly handle: string;
  readonly name: string;
}

/** Files the host was asked to open before the page listened (a command line, a double-click), and those that failed. */
export interface PendingDocuments {
  readonly opened: readonly OpenedDocument[];
  readonly failures: readonly { readonly name: string; readonly message: string }[];
}

/** A file in the recent-files list. */
export interface RecentFile {
  readonly path: string;
  readonly name: string;
}

/** The user's preferences. */
export interface Preferences {
  readonly theme: 'light' | 'dark' | 'system';
  readonly pdfPageSize: 'A4' | 'A3';
  readonly autosaveDelayMs: number;
  /** How wide the outline is, in CSS pixels: dragged wider to read long titles. */
  readonly outlineWidth: number;
  /** Whether the outline is shown at the left; hidden to give the room the whole width. */
  readonly outlineShown: boolean;
  /** Whether the details sidebar (inspector, gaps, opportunities…) is shown at the right. */
  readonly sidebarShown: boolean;
  /** What a presentation is shown on: a dark stage (most projectors and dim rooms) or a light one. */
  readonly presentationStage: 'dark' | 'light';
}

/** The outline's narrowest and widest, and the width it starts at. */
export const OUTLINE_WIDTH = { min: 200, max: 640, default: 260 } as const;

/** The preferences of a first start, and of a start after a corrupt settings file was reset; both hosts start from them. */
export const DEFAULT_PREFERENCES: Preferences = { theme: 'system', pdfPageSize: 'A4', autosaveDelayMs: 2000, outlineWidth: OUTLINE_WIDTH.default, outlineShown: true, sidebarShown: true, presentationStage: 'dark' };

export const preferencesPatchSchema = z
  .object({
    theme: z.enum(['light', 'dark', 'system']),
    pdfPageSize: z.enum(['A4', 'A3']),
    autosaveDelayMs: z.number().int().min(500).max(60_000),
    outlineWidth: z.number().int().min(OUTLINE_WIDTH.min).max(OUTLINE_WIDTH.max),
    outlineShown: z.boolean(),
    sidebarShown: z.boolean(),
    presentationStage: z.enum(['dark', 'light']),
  })
  .partial()
  .strict();

/** A recovery copy of a document that had unsaved changes. */
export interface RecoveryCopy {
  readonly documentId: string;
  readonly title: string;
  readonly fileName: string | null;
  readonly updatedAt: string;
  readonly text: string;
  /**
   * A handle to the file the document was opened from or saved to, issued afresh by the host when
   * it still knows that file (so a restored copy saves back in place); null or absent otherwise.
   */
  readonly handle?: string | null;
}

/** A recovery copy as the list names it: the copy without its text, which comes when it is restored (`recovery:read`). */
export type RecoveryCopySummary = Omit<RecoveryCopy, 'text' | 'handle'>;

/**
 * A recovery copy this version cannot restore: `damaged` (it cannot be read) or `newer` (a newer
 * version of Outside-In kept it, and restores it). It is kept until the person discards it.
 */
export interface UnreadableRecoveryCopy {
  readonly documentId: string;
  readonly kind: 'damaged' | 'newer';
  /** The map's title and when the copy was taken, when they can still be read; null otherwise. */
  readonly title: string | null;
  readonly updatedAt: string | null;
  /** What is wrong with it, in plain words. */
  readonly message: string;
}

/** One page of the recovery copies, newest first, so that the answer stays small however many there are. */
export interface RecoveryListing {
  readonly copies: readonly RecoveryCopySummary[];
  readonly unreadable: readonly UnreadableRecoveryCopy[];
  /** How many copies are past this page. */
  readonly more: number;
  /** Where the next page begins (pass it as `after`); null on the last page. */
  readonly next: string | null;
}

const text = z.string().max(256 * 1024 * 1024);

/** The kinds of file the page makes of a map and the host saves from its bytes: an image, or the PowerPoint deck. */
export type ImageExportKind = 'png' | 'svg' | 'pptx';

/** The kinds of file the page makes of a map for other tools: an Excel workbook, a CSV of its steps, a Mermaid journey. */
export type DataExportKind = 'xlsx' | 'csv' | 'mmd';

/** Every kind of export the host saves from bytes the page made. */
export type SavedExportKind = ImageExportKind | DataExportKind;

const SAVED_EXPORT_KINDS = ['png', 'svg', 'pptx', 'xlsx', 'csv', 'mmd'] as const satisfies readonly SavedExportKind[];

/** The largest image the page may hand over for saving: a 2x PNG of a very wide map stays far below it. */
export const MAX_EXPORT_BYTES = 128 * 1024 * 1024;

const exportName = z.string().max(255);

/** Every channel's arguments, as the main process checks them. */
export const HOST_CHANNELS = {
  'file:open': z.tuple([]),
  'file:openRecent': z.tuple([z.string().min(1).max(4096)]),
  'file:chooseImport': z.tuple([]),
  'file:save': z.tuple([z.object({ handle: documentHandleSchema, text, overwrite: z.boolean().optional() }).strict()]),
  'file:saveAs': z.tuple([z.object({ text, suggestedName: z.string().max(255) }).strict()]),
  'file:revert': z.tuple([documentHandleSchema]),
  'file:takePending': z.tuple([]),
  'recent:list': z.tuple([]),
  'preferences:get': z.tuple([]),
  'preferences:set': z.tuple([preferencesPatchSchema]),
  'recovery:list': z.tuple([z.object({ after: z.string().max(200).nullable().optional() }).strict().optional()]),
  'recovery:read': z.tuple([documentHandleSchema]),
  'recovery:write': z.tuple([
    z
      .object({ documentId: documentHandleSchema, title: z.string().max(1000), fileName: z.string().max(255).nullable(), text, handle: documentHandleSchema.nullable().optional() })
      .strict(),
  ]),
  'recovery:discard': z.tuple([documentHandleSchema]),
  'recovery:reveal': z.tuple([documentHandleSchema]),
  'export:pdf': z.tuple([z.object({ text, options: reportOptionsSchema, suggestedName: exportName }).strict()]),
  'export:save': z.tuple([
    z
      .object({
        kind: z.enum(SAVED_EXPORT_KINDS),
        bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= MAX_EXPORT_BYTES, 'The image is too large to save.'),
        suggestedName: exportName,
      })
      .strict(),
  ]),
  'window:setFullScreen': z.tuple([z.boolean()]),
  ...ROOM_CHANNELS,
} as const satisfies Record<HostChannel, z.ZodType>;

/** The host's functions as the page calls them, one per channel. */
export interface HostApi extends RoomHostApi {
  'file:open'(): Promise<HostResult<OpenedDocument | null>>;
  'file:openRecent'(path: string): Promise<HostResult<OpenedDocument>>;
  /**
   * Asks the person for a file to import and reads it, or null when they cancelled. The desktop
   * asks with its own dialog: File ▸ Import… of the native menu is no click in the page, and a
   * page's file chooser opens only after one.
   */
  'file:chooseImport'(): Promise<HostResult<FileToImport | null>>;
  'file:save'(request: { handle: string; text: string; overwrite?: boolean }): Promise<HostResult<SavedDocument>>;
  'file:saveAs'(request: { text: string; suggestedName: string }): Promise<HostResult<SavedDocument | null>>;
  'file:revert'(handle: string): Promise<HostResult<OpenedDocument>>;
  /** The files given from outside while the page was starting; asked once the page listens. */
  'file:takePending'(): Promise<HostResult<PendingDocuments>>;
  'recent:list'(): Promise<HostResult<readonly RecentFile[]>>;
  'preferences:get'(): Promise<HostResult<Preferences>>;
  'preferences:set'(patch: z.infer<typeof preferencesPatchSchema>): Promise<HostResult<Preferences>>;
  /** A page of the recovery copies (the first, or the one after `after`), without their texts; damaged and newer copies beside the others. */
  'recovery:list'(request?: { after?: string | null }): Promise<HostResult<RecoveryListing>>;
  /** The whole copy of a document, its text included, to restore it. */
  'recovery:read'(documentId: string): Promise<HostResult<RecoveryCopy>>;
  /** `handle` names the file the copy belongs to, so the host can offer it back with the copy after a restart. */
  'recovery:write'(copy: { documentId: string; title: string; fileName: string | null; text: string; handle?: string | null }): Promise<HostResult<null>>;
  'recovery:discard'(documentId: string): Promise<HostResult<null>>;
  /**
   * Hands a copy over to the person, to rescue what it holds: the desktop shows its file in the
   * file manager; the browser edition downloads it.
   */
  'recovery:reveal'(documentId: string): Promise<HostResult<null>>;
  /**
   * Prints the report of a map to PDF (with the map attached) and saves it where the user chooses:
   * the saved file's name, or null when the user cancelled or the host cannot save a PDF itself
   * (the browser edition hands the report to the browser's print dialog instead).
   */
  'export:pdf'(request: { text: string; options: ReportOptions; suggestedName: string }): Promise<HostResult<string | null>>;
  /** Saves an image of the map (PNG, SVG) or its data (XLSX, CSV, Mermaid) where the user chooses: the saved file's name, or null when cancelled. */
  'export:save'(request: { kind: SavedExportKind; bytes: Uint8Array; suggestedName: string }): Promise<HostResult<string | null>>;
  /**
   * Puts the window into full screen or takes it out (a presentation): the desktop sets its window
   * full screen, the browser edition asks the Fullscreen API, which may refuse. Answers whether the
   * window was full screen before, so whoever entered it knows to leave it and nobody else does.
   */
  'window:setFullScreen'(fullScreen: boolean): Promise<HostResult<boolean>>;
}

/** The arguments of a channel, as its signature declares them. */
export type HostArgs<C extends HostChannel> = Parameters<HostApi[C]>;
/** What a channel answers. */
export type HostReturn<C extends HostChannel> = Awaited<ReturnType<HostApi[C]>>;
