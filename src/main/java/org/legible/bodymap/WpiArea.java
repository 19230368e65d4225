package org.legible.bodymap;

/**
 * The leg areas of the ACR 2016 Widespread Pain Index (docs/clinical-basis.md, "Screens"). The WPI has no knee or foot
 * area: rolling knee and foot regions into {@link #LOWER_LEG} is Legible's documented choice, not the published
 * criteria, and must be shown as such wherever a WPI count is pre-filled from the map.
 */
public enum WpiArea {
    HIP,
    UPPER_LEG,
    LOWER_LEG
}
