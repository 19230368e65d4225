package org.legible.reports.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.legible.reports.PdfNotMade;
import org.legible.reports.PdfNotMade.Reason;

/**
 * The caps around making a PDF, with renderings that block until released, so what is tested is what the queue does
 * with work that does not end, not how fast anything is.
 */
class PdfQueueTest {

    private final CountDownLatch release = new CountDownLatch(1);
    private final List<Thread> callers = new ArrayList<>();
    private PdfQueue queue;

    @AfterEach
    void stop() throws InterruptedException {
        release.countDown();
        for (Thread caller : callers) {
            caller.join(10_000);
        }
        queue.destroy();
    }

    @Test
    void a_rendering_past_the_time_limit_is_stopped_and_its_thread_interrupted() {
        queue = new PdfQueue(new PdfLimits(Duration.ofMillis(200), 6, 1));
        CountDownLatch interrupted = new CountDownLatch(1);

        assertThatThrownBy(() -> queue.make(checkpoint -> {
                    try {
                        release.await();
                    } catch (InterruptedException e) {
                        interrupted.countDown();
                        Thread.currentThread().interrupt();
                        checkpoint.check();
                    }
                    return new byte[0];
                }))
                .isInstanceOfSatisfying(
                        PdfNotMade.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_SLOW));
        assertThat(await(interrupted))
                .as("the abandoned rendering was told to stop")
                .isTrue();
    }

    @Test
    void the_checkpoint_ends_a_rendering_once_the_time_is_up() {
        queue = new PdfQueue(new PdfLimits(Duration.ZERO, 6, 1));
        List<String> drawn = new ArrayList<>();

        assertThatThrownBy(() -> queue.make(checkpoint -> {
                    checkpoint.check();
                    drawn.add("page");
                    return new byte[0];
                }))
                .isInstanceOfSatisfying(
                        PdfNotMade.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_SLOW));
        assertThat(drawn).isEmpty();
    }

    @Test
    void when_every_renderer_is_busy_and_the_waiting_room_full_the_next_pdf_is_turned_away()
            throws InterruptedException {
        queue = new PdfQueue(new PdfLimits(Duration.ofMinutes(1), 6, 1));
        CountDownLatch started = new CountDownLatch(1);
        PdfQueue.Rendering blocking = checkpoint -> {
            started.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return new byte[] {1};
        };
        call(blocking);
        assertThat(await(started)).isTrue();
        for (int i = 0; i < 4; i++) {
            call(blocking);
        }
        for (int i = 0; i < 1_000 && queue.waiting() < 4; i++) {
            Thread.sleep(10);
        }
        assertThat(queue.waiting()).isEqualTo(4);

        assertThatThrownBy(() -> queue.make(checkpoint -> new byte[] {2}))
                .isInstanceOfSatisfying(
                        PdfNotMade.class, e -> assertThat(e.reason()).isEqualTo(Reason.BUSY));
    }

    @Test
    void what_a_rendering_returns_or_throws_reaches_the_caller_unchanged() throws IOException {
        queue = new PdfQueue(new PdfLimits(Duration.ofMinutes(1), 6, 1));

        assertThat(queue.make(checkpoint -> new byte[] {37, 80, 68, 70})).containsExactly(37, 80, 68, 70);
        assertThatThrownBy(() -> queue.make(checkpoint -> {
                    throw new IOException("font unreadable");
                }))
                .isInstanceOf(IOException.class)
                .hasMessage("font unreadable");
        assertThatThrownBy(() -> queue.make(checkpoint -> {
                    throw new PdfNotMade(Reason.TOO_MANY_PAGES, 6);
                }))
                .isInstanceOfSatisfying(
                        PdfNotMade.class, e -> assertThat(e.reason()).isEqualTo(Reason.TOO_MANY_PAGES));
    }

    private void call(PdfQueue.Rendering rendering) {
        Thread caller = new Thread(() -> {
            try {
                queue.make(rendering);
            } catch (IOException | PdfNotMade e) {
                // the outcome of the blocked callers is not what these tests look at
            }
        });
        caller.start();
        callers.add(caller);
    }

    private static boolean await(CountDownLatch latch) {
        try {
            return latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
