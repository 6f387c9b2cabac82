/**
 * Reading an upload in whichever format it comes: plain-text article files, CSV, JSON, RSS and Atom feeds, and ZIP
 * archives of any of these. Each reader turns bytes into {@link dev.gazette.web.imports.formats.ImportItem}s and never
 * throws for bad content: what cannot be read is an item rejected with its reason, so nothing else of the upload is
 * lost. Nothing here touches the database.
 */
package dev.gazette.web.imports.formats;
