/** The whole-record JSON export and its import (docs/export-format.md); the API serves the same document. */
@org.springframework.modulith.NamedInterface("json")
package org.legible.interop.json;
