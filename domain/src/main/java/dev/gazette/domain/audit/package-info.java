/** Who changed what, and when: the audit log of the editors' and admins' actions. */
package dev.gazette.domain.audit;
