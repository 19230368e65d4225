package org.legible.insights;

import org.legible.bodymap.BodySite;

/**
 * How one site hurt in a period: on how many diary days it was marked with pain above zero, the mean of those
 * intensities and the highest.
 */
public record SiteStat(BodySite site, int daysHurt, double meanIntensity, int worstIntensity) {}
