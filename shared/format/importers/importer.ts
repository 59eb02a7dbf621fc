import type { JourneyMap } from '../../model/journeyMap';
import type { Problem } from '../problem';

/** How sure an importer is that a file is its type: its content (first bytes) says more than its name. */
export type Sniffed = 'content' | 'name' | 'no';

/** What an importer made of a file: the map (and what it read past), or why there is none. */
export type ImportResult =
  | {
      readonly ok: true;
      readonly map: JourneyMap;
      /**
       * The `.journey` text the map was read from, when the file holds one (a map file, the
       * attachment of an Outside-In PDF): handed on unchanged, so the map opens exactly as saved.
       * An importer that builds the map from another format leaves it out.
       */
      readonly journeyText?: string;
      /** What the importer noticed and read past (an element it does not know), for the person to check. */
      readonly findings?: readonly Problem[];
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** A file read into a model of its own, ready to be made into a map, or why it cannot be. */
export type Prepared<Model> = { readonly ok: true; readonly model: Model } | { readonly ok: false; readonly problems: readonly Problem[] };

/** A map made from a prepared model, with what was read past. */
export interface BuiltImport {
  readonly map: JourneyMap;
  readonly findings: readonly Problem[];
}

/**
 * An import that asks before it makes a map (File ▸ Import…): the file is first read into a model
 * (the heavy part: in a worker in the app), then made into a map with the options the person
 * picks, as often as they change them. The dialog's options for a type live beside the dialog.
 */
export interface StagedImport<Model, Options> {
  /** Reads the file into the model; resolves with problems rather than throwing. */
  prepare(bytes: Uint8Array, name: string): Promise<Prepared<Model>>;
  /** The options the dialog starts from (and an import without a dialog uses). */
  defaultOptions(model: Model): Options;
  /** The map the options make: cheap, so a preview can follow every change. */
  build(model: Model, options: Options): BuiltImport;
}

/** One file type Outside-In reads (docs/ARCHITECTURE.md, How to add an importer): how to recognise it, read it, and name the result. */
export interface Importer {
  /** Stable id for code and tests, never shown ("journey", "outside-in-pdf"). */
  readonly id: string;
  /** What a person calls the type, in dialogs and messages ("Outside-In map"). */
  readonly name: string;
  /** The extensions the type goes by, lower case with their dot (".journey"). */
  readonly extensions: readonly string[];
  /** The media types browsers give such a file; the browser edition's pickers accept them beside the extensions. */
  readonly mediaTypes: readonly string[];
  /**
   * Whether the installed app registers itself for these extensions (electron-builder.yml's
   * fileAssociations). Only for the app's own types: a PDF is everybody's, and double-clicking one
   * must keep opening the reader the person chose.
   */
  readonly fileAssociation: boolean;
  /**
   * Whether the map is saved back into the file it came from. Only a file in Outside-In's own format
   * is; any other opens as an untitled copy named by `suggestName`, so Save never writes a map over it.
   */
  readonly savesInPlace: boolean;
  /** How sure it is that a file is of its type, from the file's first bytes and its name. Cheap: it runs for every importer on every file opened. */
  sniff(bytes: Uint8Array, name: string): Sniffed;
  /**
   * Reads the map from the file's bytes. Async, so an importer can load its parser on demand or
   * hand heavy parsing to a worker. Resolves with problems rather than throwing.
   */
  read(bytes: Uint8Array, name: string): Promise<ImportResult>;
  /** Present when the type has options to choose on import (File ▸ Import…); `read` then uses the defaults. */
  readonly staged?: StagedImport<unknown, unknown>;
  /** The name the map goes by once read from a file called `fileName` ("Claim report.pdf" → "Claim report.journey"). */
  suggestName(fileName: string): string;
}

/** Whether a file name ends in one of the extensions (lower case, with their dot), in any case. */
export function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((extension) => lower.endsWith(extension));
}
