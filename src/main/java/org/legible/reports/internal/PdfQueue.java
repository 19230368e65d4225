package org.legible.reports.internal;

import java.io.IOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.legible.reports.PdfNotMade;
import org.legible.reports.PdfNotMade.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * Makes PDFs on a few threads of their own, each within the time limit (security.md §9). The person's request waits
 * at most the limit; the abandoned work is interrupted and stops at the renderer's next checkpoint, so a runaway
 * cannot hold a renderer for long, and a burst of requests queues briefly and is then turned away, not piled up.
 */
@Component
class PdfQueue implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(PdfQueue.class);

    /** What a renderer does; it calls the checkpoint between steps. */
    interface Rendering {
        byte[] render(Checkpoint checkpoint) throws IOException;
    }

    /** Ends the rendering once its time is up or the person's request stopped waiting for it. */
    static final class Checkpoint {

        private final long deadline;
        private final int seconds;

        private Checkpoint(long deadline, int seconds) {
            this.deadline = deadline;
            this.seconds = seconds;
        }

        void check() {
            if (Thread.currentThread().isInterrupted() || System.nanoTime() - deadline >= 0) {
                throw new PdfNotMade(Reason.TOO_SLOW, seconds);
            }
        }
    }

    private final PdfLimits limits;
    private final ThreadPoolExecutor renderers;

    PdfQueue(PdfLimits limits) {
        this.limits = limits;
        this.renderers = new ThreadPoolExecutor(
                limits.renderers(),
                limits.renderers(),
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(limits.waitingRoom()),
                named("pdf-renderer-"),
                new ThreadPoolExecutor.AbortPolicy());
        renderers.allowCoreThreadTimeOut(true);
    }

    byte[] make(Rendering rendering) throws IOException {
        long limit = limits.timeLimit().toNanos();
        int seconds = (int) limits.timeLimit().toSeconds();
        Checkpoint checkpoint = new Checkpoint(System.nanoTime() + limit, seconds);
        Future<byte[]> result;
        try {
            result = renderers.submit(() -> rendering.render(checkpoint));
        } catch (RejectedExecutionException full) {
            log.warn("PDF turned away: {} renderers busy and {} waiting", limits.renderers(), limits.waitingRoom());
            throw new PdfNotMade(Reason.BUSY, limits.renderers());
        }
        try {
            return result.get(limit, TimeUnit.NANOSECONDS);
        } catch (TimeoutException late) {
            result.cancel(true);
            log.warn("PDF stopped after the {} s limit", seconds);
            throw new PdfNotMade(Reason.TOO_SLOW, seconds);
        } catch (InterruptedException stopped) {
            result.cancel(true);
            Thread.currentThread().interrupt();
            throw new PdfNotMade(Reason.TOO_SLOW, seconds);
        } catch (ExecutionException failed) {
            throw unwrap(failed.getCause());
        }
    }

    /** PDFs waiting for a renderer: for tests that fill the queue. */
    int waiting() {
        return renderers.getQueue().size();
    }

    private static RuntimeException unwrap(Throwable cause) throws IOException {
        if (cause instanceof IOException io) {
            throw io;
        }
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void destroy() {
        renderers.shutdownNow();
    }
}
