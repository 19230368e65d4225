/** Caps on what a request may send, and the exception a module sees when a body passes its cap. */
@org.springframework.modulith.NamedInterface("limits")
package org.legible.system.limits;
