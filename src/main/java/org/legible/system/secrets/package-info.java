/** Secret links made and kept the same way everywhere ({@link org.legible.system.secrets.SecretLinks}). */
@org.springframework.modulith.NamedInterface("secrets")
package org.legible.system.secrets;
