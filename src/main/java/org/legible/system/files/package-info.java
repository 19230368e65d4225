/** Files and directories created for people's data, private to the server's user. */
@org.springframework.modulith.NamedInterface("files")
package org.legible.system.files;
