/** People who may log in to the admin pages. */
package dev.gazette.domain.accounts;
