/**
 * The leg and foot region catalogue: regions, sides, pain descriptors, their codes and roll-ups (ACR 2016 WPI
 * areas, SNOMED CT body structures), and the geometry of the accessible body map. Depends on nothing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {})
package org.legible.bodymap;
