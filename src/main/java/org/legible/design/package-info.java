/**
 * The design system's living page ({@code /design}): every colour, the type scale, spacing, the pain colour scale,
 * the icons and each component as the pages use them, with sample content and no one's data. Written down in
 * docs/design.md. Depends on the body map for its drawing.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"bodymap"})
package org.legible.design;
