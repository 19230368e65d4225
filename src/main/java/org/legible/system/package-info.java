/**
 * The web shell: database set-up (SQLite by default, PostgreSQL by configuration), the clock, security (sign-in,
 * CSRF, headers, session rules), error pages and the layout. Depends on no other module; the others use its named
 * interfaces: {@code sql}, {@code mail}, {@code qr}, {@code secrets}, {@code throttle}, {@code files}, {@code limits}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.legible.system;
