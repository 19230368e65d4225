/**
 * A demo diary for trying Legible without weeks of typing: {@code demo EMAIL} fills an existing, empty account with
 * months of plausible check-ins that carry a few planted patterns (evening-worse burning feet, flares after runs of
 * poor sleep, heat helping) and nothing else, so the insights can be seen and checked against what was planted.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"accounts", "bodymap", "diary"})
package org.legible.demo;
