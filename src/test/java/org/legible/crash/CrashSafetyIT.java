package org.legible.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.legible.support.HttpVisitor;
import org.legible.support.PackagedJar;

/**
 * Crash safety, from the outside: the packaged jar runs as a child process on its own SQLite file and is killed with
 * SIGKILL (no shutdown of any kind) in the middle of a loop of saves and in the middle of a large import, then started
 * again. Every check-in whose save was acknowledged (201) must be there, a killed import must have left nothing (no
 * days, no file), and SQLite's integrity check must pass. {@code -Dlegible.crash.rounds=N} kills N times each (2 in
 * the ordinary build; docs/crash-safety.md has a long run).
 */
class CrashSafetyIT {

    private static final int ROUNDS = Integer.getInteger("legible.crash.rounds", 2);
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    private PackagedJar jar;

    @BeforeEach
    void jar() {
        jar = new PackagedJar(dir);
    }

    @AfterEach
    void stop() throws Exception {
        jar.close();
    }

    @Test
    void every_acknowledged_check_in_is_there_after_a_kill_during_a_save_loop() throws Exception {
        start();
        HttpVisitor person = signUp();
        String token = PackagedJar.token(person, "read-write");
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        for (int round = 1; round <= ROUNDS; round++) {
            AtomicBoolean saving = new AtomicBoolean(true);
            int thisRound = round;
            Thread loop = new Thread(() -> {
                for (int i = 0; saving.get(); i++) {
                    try {
                        HttpResponse<String> saved = HTTP.send(
                                HttpRequest.newBuilder(URI.create(base() + "/api/v1/checkins"))
                                        .header("Authorization", "Bearer " + token)
                                        .header("Content-Type", "application/json")
                                        .POST(HttpRequest.BodyPublishers.ofString("{\"diaryDay\":\"2026-01-15\","
                                                + "\"overallPain\":" + (i % 11) + ",\"note\":\"round " + thisRound
                                                + " save " + i + "\"}"))
                                        .build(),
                                HttpResponse.BodyHandlers.ofString());
                        if (saved.statusCode() == 201) {
                            acknowledged.add(
                                    saved.headers().firstValue("Location").orElseThrow());
                        }
                    } catch (IOException | InterruptedException e) {
                        return; // the server is gone
                    }
                }
            });
            loop.start();
            int before = acknowledged.size();
            long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
            while (acknowledged.size() < before + 20 + (thisRound * 7) % 30) {
                assertThat(System.nanoTime()).as("saves are acknowledged").isLessThan(deadline);
                Thread.sleep(5);
            }
            kill();
            saving.set(false);
            loop.join();
            start();

            Set<String> present = new java.util.HashSet<>();
            for (int page = 0; ; page++) {
                HttpResponse<String> list = HTTP.send(
                        HttpRequest.newBuilder(
                                        URI.create(base() + "/api/v1/checkins?from=2026-01-15&size=500&page=" + page))
                                .header("Authorization", "Bearer " + token)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                Matcher ids = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"").matcher(list.body());
                int found = 0;
                while (ids.find()) {
                    present.add("/api/v1/checkins/" + ids.group(1));
                    found++;
                }
                if (found == 0) {
                    break;
                }
            }
            assertThat(present).as("after kill %d", round).containsAll(acknowledged);
        }
        System.out.printf(
                "CrashSafetyIT: %d kills during saves, %d saves acknowledged, none lost%n",
                ROUNDS, acknowledged.size());
        stopGently();
        assertThat(integrityCheck()).isEqualTo("ok");
    }

    @Test
    void a_kill_during_a_large_import_leaves_no_days_and_no_file() throws Exception {
        Path export = appleHealthExport(300_000_000L);
        start();
        HttpVisitor person = signUp();
        for (int round = 1; round <= ROUNDS; round++) {
            person.get("/import/health");
            String boundary = "legible-crash-" + round;
            HttpResponse<String> started = person.send(person.request("/import/health")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(multipart(boundary, person.csrf, export)));
            assertThat(started.statusCode()).isEqualTo(302);
            String job = URI.create(started.headers().firstValue("Location").orElseThrow())
                    .getPath();
            String progress = person.get(job + "/progress").body();
            assertThat(progress)
                    .as("the import is still going when it is killed")
                    .contains("\"finished\":false");
            assertThat(filesIn(dir.resolve("data/uploads")))
                    .as("the upload waits in the upload directory")
                    .isNotEmpty();

            kill();
            start();

            assertThat(filesIn(dir.resolve("data/uploads")))
                    .as("after kill %d", round)
                    .isEmpty();
            person = signIn();
        }
        System.out.printf("CrashSafetyIT: %d kills during imports, no file left%n", ROUNDS);
        stopGently();
        assertThat(count("SELECT COUNT(*) FROM measure_import")).isZero();
        assertThat(count("SELECT COUNT(*) FROM measured_steps")).isZero();
        assertThat(integrityCheck()).isEqualTo("ok");
    }

    private void start() throws Exception {
        jar.start();
    }

    private void kill() throws InterruptedException {
        jar.kill();
    }

    private void stopGently() throws InterruptedException {
        jar.stop();
    }

    private String base() {
        return jar.base();
    }

    private HttpVisitor signUp() throws Exception {
        return jar.signUp("crash@example.com");
    }

    private HttpVisitor signIn() throws Exception {
        return jar.signIn("crash@example.com");
    }

    /** An export.xml of step records from a phone, about {@code bytes} long. */
    private Path appleHealthExport(long bytes) throws IOException {
        Path file = dir.resolve("export.xml");
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<HealthData locale=\"en_GB\">\n");
            long written = 0;
            for (long i = 0; written < bytes; i++) {
                long minute = i % (60 * 24 * 365);
                String day = java.time.LocalDate.of(2025, 1, 1)
                        .plusDays(minute / (60 * 24))
                        .toString();
                String time = String.format("%02d:%02d:00", minute / 60 % 24, minute % 60);
                String record = "<Record type=\"HKQuantityTypeIdentifierStepCount\" sourceName=\"Sam’s iPhone\""
                        + " unit=\"count\" creationDate=\"" + day + " " + time + " +0000\" startDate=\"" + day + " "
                        + time + " +0000\" endDate=\"" + day + " " + time + " +0000\" value=\"" + (i % 97) + "\"/>\n";
                out.write(record);
                written += record.length();
            }
            out.write("</HealthData>\n");
        }
        return file;
    }

    private static HttpRequest.BodyPublisher multipart(String boundary, String csrf, Path file) throws IOException {
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"export.xml\"\r\n"
                + "Content-Type: text/xml\r\n\r\n"));
        parts.add(HttpRequest.BodyPublishers.ofFile(file));
        parts.add(HttpRequest.BodyPublishers.ofString("\r\n--" + boundary + "--\r\n"));
        return HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new));
    }

    private static List<Path> filesIn(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private String integrityCheck() throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/legible.db"));
                Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA integrity_check")) {
            result.next();
            return result.getString(1);
        }
    }

    private long count(String sql) throws Exception {
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("data/legible.db"));
                Statement statement = db.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
