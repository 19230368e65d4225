/** How values are written to and read from the portable schema; used by every module's repositories. */
@org.springframework.modulith.NamedInterface("sql")
package org.legible.system.sql;
