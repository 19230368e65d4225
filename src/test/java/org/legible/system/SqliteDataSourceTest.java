package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The SQLite file as the application opens it: reads never wait for the write lock, writes still queue for it. */
class SqliteDataSourceTest {

    @TempDir
    Path dir;

    private SqliteDataSource dataSource;
    private JdbcClient jdbc;
    private TransactionTemplate writing;
    private TransactionTemplate reading;

    @BeforeEach
    void open() {
        dataSource = SqliteDataSource.open(dir.resolve("legible.db"));
        jdbc = JdbcClient.create(dataSource);
        JdbcTransactionManager transactions = new JdbcTransactionManager(dataSource);
        writing = new TransactionTemplate(transactions);
        reading = new TransactionTemplate(transactions);
        reading.setReadOnly(true);
        jdbc.sql("CREATE TABLE note (id INTEGER PRIMARY KEY, text TEXT NOT NULL)")
                .update();
        jdbc.sql("INSERT INTO note (text) VALUES ('first')").update();
    }

    @AfterEach
    void close() {
        dataSource.close();
    }

    @Test
    void aReadOnlyTransactionReadsWhileAWriteIsUnderWay() throws Exception {
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch readDone = new CountDownLatch(1);
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> writing.executeWithoutResult(status -> {
            jdbc.sql("INSERT INTO note (text) VALUES ('second')").update();
            written.countDown();
            await(readDone);
        }));
        await(written);

        // The writer holds SQLite's write lock until this read has finished; a read that needed it would fail
        // with SQLITE_BUSY after the busy timeout instead of returning.
        Integer seen = reading.execute(status ->
                jdbc.sql("SELECT COUNT(*) FROM note").query(Integer.class).single());
        readDone.countDown();
        writer.get(30, TimeUnit.SECONDS);

        assertThat(seen).as("the read sees the last committed state").isEqualTo(1);
        Integer afterwards = reading.execute(status ->
                jdbc.sql("SELECT COUNT(*) FROM note").query(Integer.class).single());
        assertThat(afterwards).isEqualTo(2);
    }

    @Test
    void twoWritersTakeTurnsInsteadOfFailing() throws Exception {
        CountDownLatch firstWritten = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> writing.executeWithoutResult(status -> {
            int count =
                    jdbc.sql("SELECT COUNT(*) FROM note").query(Integer.class).single();
            jdbc.sql("INSERT INTO note (text) VALUES (:text)")
                    .param("text", "after " + count)
                    .update();
            firstWritten.countDown();
            await(secondStarted);
        }));
        await(firstWritten);
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> {
            secondStarted.countDown();
            writing.executeWithoutResult(status -> {
                int count = jdbc.sql("SELECT COUNT(*) FROM note")
                        .query(Integer.class)
                        .single();
                jdbc.sql("INSERT INTO note (text) VALUES (:text)")
                        .param("text", "after " + count)
                        .update();
            });
        });
        first.get(30, TimeUnit.SECONDS);
        second.get(30, TimeUnit.SECONDS);

        assertThat(jdbc.sql("SELECT text FROM note ORDER BY id")
                        .query(String.class)
                        .list())
                .containsExactly("first", "after 1", "after 2");
    }

    @Test
    void writingInAReadOnlyTransactionFailsAndChangesNothing() {
        assertThatThrownBy(() ->
                        reading.executeWithoutResult(status -> jdbc.sql("INSERT INTO note (text) VALUES ('sneaked in')")
                                .update()))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("readonly");

        assertThat(jdbc.sql("SELECT text FROM note").query(String.class).list()).containsExactly("first");
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other transaction never got there");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
