/**
 * The web shell: database set-up (SQLite by default, PostgreSQL by configuration), the clock, security (sign-in,
 * CSRF, headers, session rules), error pages and the layout. Depends on no other module; the others use its
 * {@code sql} helpers.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.legible.system;
