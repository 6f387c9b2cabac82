/** News articles, their slugs and the article file format. */
package dev.gazette.domain.articles;
