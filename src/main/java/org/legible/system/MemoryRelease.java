package org.legible.system;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.JMException;
import javax.management.ObjectName;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.context.support.ServletRequestHandledEvent;

/**
 * Gives back to the system the memory the server grew and no longer needs (issue 30, RSS after start): once
 * {@link #AFTER_READY} after start-up, and after each busy spell once no request has come for
 * {@link #AFTER_LAST_REQUEST}. Start-up makes far more garbage than the server then keeps (29 MB
 * live in a heap G1 had grown to about 200 MB), a busy hour grows the heap to several hundred megabytes, and glibc
 * keeps the C heap that class loading, Flyway and the template engine freed. One full collection lets G1 shrink the
 * heap close to what lives, and the JVM's {@code System.trim_native_heap} command (glibc's {@code malloc_trim})
 * returns the freed C heap (docs/benchmarks.md, "Resident memory after start"). Done at the moment start-up ends it
 * gave back almost nothing: the compiler's work and the first pages grew it straight back. A command (demo, import,
 * admin) exits when done, so it has no need of it.
 */
@Component
@ConditionalOnProperty(name = CommandAutoConfigurations.PROPERTY, havingValue = "false", matchIfMissing = true)
class MemoryRelease {

    private static final Logger log = LoggerFactory.getLogger(MemoryRelease.class);
    private static final long MB = 1024 * 1024;
    private static final String MIN_FREE = "MinHeapFreeRatio";
    private static final String MAX_FREE = "MaxHeapFreeRatio";

    /**
     * After start-up, before the first release: at the moment of ready the work that follows start-up grew the memory
     * straight back; three seconds later it stays given back (docs/benchmarks.md, "Resident memory after start").
     */
    static final Duration AFTER_READY = Duration.ofSeconds(3);

    /** Quiet after the last request before a release: a pause between one person's pages is far shorter. */
    static final Duration AFTER_LAST_REQUEST = Duration.ofMinutes(2);

    /** What a release did: the heap G1 had committed before and after, and what trimming the C heap said it freed. */
    record Released(long heapCommittedBefore, long heapCommittedAfter, Optional<String> nativeHeap, long millis) {

        @Override
        public String toString() {
            return "heap committed " + heapCommittedBefore / MB + " MB -> " + heapCommittedAfter / MB + " MB; "
                    + nativeHeap.orElse("native heap not trimmed (not offered by this JVM)") + "; in " + millis
                    + " ms";
        }
    }

    /** When the server became ready, or null before: nothing is released during start-up itself. */
    private volatile Long readyAt;

    private final AtomicLong lastRequest = new AtomicLong(System.nanoTime());
    /** When the last release began, or null before the first. */
    private volatile Long releasedAt;

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        readyAt = System.nanoTime();
    }

    /** A health check (a container's or a monitor's, every few seconds) is not use: it never keeps memory held. */
    @EventListener(ServletRequestHandledEvent.class)
    void requestHandled(ServletRequestHandledEvent event) {
        if (!HealthController.PATH.equals(event.getRequestUrl())) {
            lastRequest.set(System.nanoTime());
        }
    }

    /** Looks every second (a few comparisons), so the first release comes soon after {@link #AFTER_READY}. */
    @Scheduled(fixedDelayString = "PT1S", initialDelayString = "PT1S")
    void releaseWhenQuiet() {
        Long ready = readyAt;
        if (ready == null) {
            return;
        }
        long now = System.nanoTime();
        Long last = releasedAt;
        long request = lastRequest.get();
        if (due(
                Duration.ofNanos(now - ready),
                Duration.ofNanos(now - request),
                last != null,
                last != null && request - last > 0)) {
            releasedAt = now;
            log.info("Gave back memory: {}", release());
        }
    }

    /**
     * Whether to release now: the first time {@link #AFTER_READY} after start-up, whatever was asked meanwhile; then
     * once for each busy spell, when a request came since the last release and none for {@link #AFTER_LAST_REQUEST}.
     */
    static boolean due(Duration sinceReady, Duration quiet, boolean releasedBefore, boolean requestSinceRelease) {
        if (!releasedBefore) {
            return sinceReady.compareTo(AFTER_READY) >= 0;
        }
        return requestSinceRelease && quiet.compareTo(AFTER_LAST_REQUEST) >= 0;
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
