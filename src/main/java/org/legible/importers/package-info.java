/**
 * Bringing in sleep and activity from files other apps export (issue 6). So far: the Apple Health reader, which
 * streams {@code export.xml} (or the phone's {@code export.zip}) record by record without resolving any DTD or
 * entity, and folds sleep and steps into the person's diary days. A leaf: nothing depends on it.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"accounts", "diary", "system :: files", "system :: sql"})
package org.legible.importers;
