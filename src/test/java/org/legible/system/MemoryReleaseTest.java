package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * When the server gives back memory, and that the release reaches the JVM's own commands: on this JDK (17.0.15, glibc) trimming the C heap is offered
 * and reports what it gave back, the full collection leaves the heap no larger than it found it, and the heap's
 * sizing is the JVM's own again afterwards.
 */
class MemoryReleaseTest {

    @Test
    void it_gives_back_after_start_up_whatever_was_asked_then_once_for_each_busy_spell() {
        Duration none = Duration.ZERO;
        assertThat(MemoryRelease.due(Duration.ofSeconds(2), none, false, false))
                .as("the work that follows start-up still going on")
                .isFalse();
        assertThat(MemoryRelease.due(Duration.ofSeconds(3), none, false, false))
                .as("after start, even with a page asked for a moment ago")
                .isTrue();
        assertThat(MemoryRelease.due(Duration.ofHours(1), Duration.ofSeconds(60), true, true))
                .as("a pause between one person's pages")
                .isFalse();
        assertThat(MemoryRelease.due(Duration.ofHours(1), Duration.ofMinutes(2), true, true))
                .isTrue();
        assertThat(MemoryRelease.due(Duration.ofHours(1), Duration.ofHours(1), true, false))
                .as("nothing asked since the last release")
                .isFalse();
    }

    private static String flag(String name) {
        return ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class)
                .getVMOption(name)
                .getValue();
    }

    @Test
    void the_collection_and_the_trim_both_run_and_say_what_they_gave_back() {
        String min;
        String max;
        MemoryRelease.Released released;
        String minAfter;
        String maxAfter;
        // Servers the other tests started release theirs on the same lock.
        synchronized (MemoryRelease.class) {
            min = flag("MinHeapFreeRatio");
            max = flag("MaxHeapFreeRatio");
            released = MemoryRelease.release();
            minAfter = flag("MinHeapFreeRatio");
            maxAfter = flag("MaxHeapFreeRatio");
        }

        assertThat(minAfter)
                .as("the JVM's own heap sizing comes back after the one collection")
                .isEqualTo(min);
        assertThat(maxAfter).isEqualTo(max);
        assertThat(released.nativeHeap())
                .hasValueSatisfying(said -> assertThat(said).startsWith("Trim native heap: RSS+Swap: "));
        assertThat(released.heapCommittedAfter()).isLessThanOrEqualTo(released.heapCommittedBefore());
        assertThat(released.toString()).matches("heap committed \\d+ MB -> \\d+ MB; Trim native heap: .*; in \\d+ ms");
    }
}
