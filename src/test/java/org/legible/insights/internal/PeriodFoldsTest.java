package org.legible.insights.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.insights.Days.checkIn;
import static org.legible.insights.Days.day;
import static org.legible.insights.Days.details;
import static org.legible.insights.Days.site;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.legible.bodymap.Descriptor;
import org.legible.bodymap.Region;
import org.legible.bodymap.Side;
import org.legible.insights.DescriptorCount;
import org.legible.insights.MedicationCourse;
import org.legible.insights.SiteStat;

/** The heat map, descriptor and medication folds. */
class PeriodFoldsTest {

    @Test
    void siteStatsCountDaysAndAverageIntensitiesAboveZero() {
        List<SiteStat> stats = SiteStats.of(List.of(
                checkIn(
                        0,
                        8,
                        details(0, 5).site(site(Region.HEEL, Side.LEFT), 6).build()),
                checkIn(
                        0,
                        20,
                        details(0, 5).site(site(Region.HEEL, Side.LEFT), 8).build()),
                checkIn(
                        1,
                        8,
                        details(1, 5)
                                .site(site(Region.HEEL, Side.LEFT), 4)
                                .site(site(Region.CALF, Side.RIGHT), 0)
                                .site(site(Region.HIP, Side.RIGHT), 3)
                                .build())));

        // Catalogue order: hip before heel; the calf at 0 is not pain.
        assertThat(stats)
                .containsExactly(
                        new SiteStat(site(Region.HIP, Side.RIGHT), 1, 3.0, 3),
                        new SiteStat(site(Region.HEEL, Side.LEFT), 2, 6.0, 8)); // (6 + 8 + 4) / 3 on 2 days
    }

    @Test
    void descriptorsAreCountedInDaysWithTheirMostFrequentSites() {
        var leftSole = site(Region.SOLE, Side.LEFT);
        var rightSole = site(Region.SOLE, Side.RIGHT);
        var calf = site(Region.CALF, Side.LEFT);
        List<DescriptorCount> counts = DescriptorCounts.of(List.of(
                checkIn(
                        0,
                        8,
                        details(0, 5)
                                .site(rightSole, 5, Descriptor.BURNING)
                                .site(calf, 4, Descriptor.CRAMPING)
                                .build()),
                checkIn(
                        0,
                        20,
                        details(0, 5).site(rightSole, 5, Descriptor.BURNING).build()),
                checkIn(
                        1,
                        8,
                        details(1, 5)
                                .site(leftSole, 5, Descriptor.BURNING)
                                .site(calf, 4, Descriptor.CRAMPING)
                                .build()),
                checkIn(
                        2,
                        8,
                        details(2, 5).site(rightSole, 5, Descriptor.BURNING).build())));

        assertThat(counts)
                .containsExactly(
                        new DescriptorCount(Descriptor.BURNING, 3, List.of(rightSole, leftSole)),
                        new DescriptorCount(Descriptor.CRAMPING, 2, List.of(calf)));
    }

    @Test
    void medicationCoursesListTheFirstDoseAndEachChange() {
        List<MedicationCourse> courses = MedicationCourses.of(List.of(
                checkIn(
                        3,
                        8,
                        details(3, 5).medication("pregabalin", "150", "mg").build()),
                checkIn(0, 8, details(0, 5).medication("Pregabalin", "75", "mg").build()),
                checkIn(
                        1,
                        8,
                        details(1, 5).medication("Pregabalin", "75.0", "mg").build()),
                checkIn(2, 8, details(2, 5).medication("Pregabalin", null, null).build()),
                checkIn(4, 8, details(4, 5).medication("Paracetamol", "1", "g").build())));

        assertThat(courses).extracting(MedicationCourse::name).containsExactly("Pregabalin", "Paracetamol");
        MedicationCourse pregabalin = courses.get(0);
        assertThat(pregabalin.daysTaken()).containsExactly(day(0), day(1), day(2), day(3));
        assertThat(pregabalin.doses()).hasSize(2);
        assertThat(pregabalin.doses().get(0).from()).isEqualTo(day(0));
        assertThat(pregabalin.doses().get(1).from()).isEqualTo(day(3));
        assertThat(pregabalin.doses().get(1).dose()).isEqualByComparingTo(new BigDecimal("150"));
    }
}
