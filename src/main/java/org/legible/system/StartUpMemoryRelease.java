package org.legible.system;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.Optional;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives back to the system the memory that starting the server used and no longer needs (issue 30, RSS after start).
 * Start-up makes far more garbage than the server then keeps (29 MB live in a heap G1 had grown to about 200 MB), and
 * class loading, Flyway and the template engine free C heap that glibc keeps. Once the server answers, one full
 * collection lets G1 shrink the heap close to what lives, and the JVM's {@code System.trim_native_heap} command
 * (glibc's {@code malloc_trim}) returns the freed C heap (docs/benchmarks.md, "Resident memory after start"). It runs once, on its own thread, after the first request could already be served.
 * A command (demo, import, admin) exits when done, so it has no need of it.
 */
@Component
@ConditionalOnProperty(name = CommandAutoConfigurations.PROPERTY, havingValue = "false", matchIfMissing = true)
class StartUpMemoryRelease {

    private static final Logger log = LoggerFactory.getLogger(StartUpMemoryRelease.class);
    private static final long MB = 1024 * 1024;
    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";

    /** What a release did: the heap G1 had committed before and after, and what trimming the C heap said it freed. */
    record Released(long heapCommittedBefore, long heapCommittedAfter, Optional<String> nativeHeap, long millis) {

        @Override
        public String toString() {
            return "heap committed " + heapCommittedBefore / MB + " MB -> " + heapCommittedAfter / MB + " MB; "
                    + nativeHeap.orElse("native heap not trimmed (not offered by this JVM)") + "; in " + millis
                    + " ms";
        }
    }

    /**
     * How long after the server is ready: long enough for the work start-up leaves behind it (the compiler's, the
     * first pages') to be done, else the heap and the C heap grow straight back (docs/benchmarks.md).
     */
    static final Duration AFTER_READY = Duration.ofSeconds(20);

    @EventListener(ApplicationReadyEvent.class)
    void afterStart() {
        Thread thread = new Thread(
                () -> {
                    try {
                        Thread.sleep(AFTER_READY.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    log.info("Gave back start-up memory: {}", release());
                },
                "start-up-memory");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    /** One at a time in a JVM (tests start several servers): the ratios are the JVM's, not a server's. */
    static synchronized Released release() {
        long started = System.nanoTime();
        long before = heap().getCommitted();
        try {
            collectAndShrink();
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // A JVM whose ratios cannot be changed while it runs: the collection alone still gives some back.
            System.gc();
        }
        long after = heap().getCommitted();
        Optional<String> trimmed = trimNativeHeap();
        return new Released(before, after, trimmed, (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * A full collection, after which G1 gives back the heap beyond the live objects and {@code MaxHeapFreeRatio} of
     * free room. That is 70 % by default, which keeps most of what start-up grew; for this one collection the room is
     * 30 %, then the JVM's own values (or the self-hoster's) come back, so the heap grows and shrinks under load as
     * it would without this. Both ratios are manageable flags, changeable while the JVM runs; a heap held by
     * {@code -Xms} is never shrunk below it.
     */
    private static void collectAndShrink() {
        HotSpotDiagnosticMXBean flags = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        String min = flags.getVMOption(MIN_FREE).getValue();
        String max = flags.getVMOption(MAX_FREE).getValue();
        boolean changed = Integer.parseInt(min) > 10 || Integer.parseInt(max) > 30;
        if (changed) {
            // The minimum never above the maximum at any step.
            flags.setVMOption(MIN_FREE, "10");
            flags.setVMOption(MAX_FREE, "30");
        }
        try {
            System.gc();
        } finally {
            if (changed) {
                flags.setVMOption(MAX_FREE, max);
                flags.setVMOption(MIN_FREE, min);
            }
        }
    }

    private static MemoryUsage heap() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
    }

    /**
     * Runs the JVM's {@code System.trim_native_heap} diagnostic command, as {@code jcmd} would, and returns what it
     * reported; empty where the JVM has no such command (before 17.0.9) or the C library cannot trim.
     */
    static Optional<String> trimNativeHeap() {
        try {
            Object said = ManagementFactory.getPlatformMBeanServer()
                    .invoke(
                            new ObjectName("com.sun.management:type=DiagnosticCommand"),
                            "systemTrimNativeHeap",
                            new Object[] {new String[0]},
                            new String[] {String[].class.getName()});
            String text = said == null ? "" : said.toString().strip();
            return text.isEmpty() || text.contains("not supported") ? Optional.empty() : Optional.of(text);
        } catch (JMException | RuntimeException e) {
            log.debug(
                    "Trimming the native heap is not offered here: {}",
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }
}
