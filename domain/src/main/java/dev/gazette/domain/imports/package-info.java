/** Imports that run in the background: the job, its files, and what became of each of its items. */
package dev.gazette.domain.imports;
