/** Outlets that publish articles. */
package dev.gazette.domain.sources;
