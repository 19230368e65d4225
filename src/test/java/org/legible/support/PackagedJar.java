package org.legible.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The packaged jar ({@code legible.jar}, set by the failsafe plugin) run as a self-hoster runs it: as a server on a
 * free loopback port, or as a command, each a child process on one data directory, with its output in a log file
 * of that directory. For the *IT tests, which run after {@code package}.
 */
public final class PackagedJar implements AutoCloseable {

    public static final String PASSPHRASE = "slow walks by the river";
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A command's exit code and everything it printed. */
    public record Finished(int exitCode, String output) {}

    private final Path dir;
    private Process server;
    private int port;
    private int runs;

    public PackagedJar(Path dir) {
        this.dir = dir;
    }

    public Path dataDirectory() {
        return dir.resolve("data");
    }

    public int port() {
        return port;
    }

    public String base() {
        return "http://localhost:" + port;
    }

    /** Starts the server (on the same port as before, if it ran before) and waits until it answers. */
    public void start() throws Exception {
        if (port == 0) {
            try (ServerSocket free = new ServerSocket(0)) {
                port = free.getLocalPort();
            }
        }
        String log = "server-" + (++runs) + ".log";
        server = process(log, "--server.port=" + port, "--server.address=127.0.0.1")
                .start();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            assertThat(server.isAlive()).as("the server started (see %s)", log).isTrue();
            try {
                HTTP.send(
                        HttpRequest.newBuilder(URI.create(base() + "/login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new AssertionError("the server did not answer within three minutes");
    }

    /** SIGKILL: nothing of the application runs after it. */
    public void kill() throws InterruptedException {
        server.destroyForcibly().waitFor();
    }

    /** SIGTERM, and wait for the server to shut down. */
    public void stop() throws InterruptedException {
        server.destroy();
        server.waitFor();
    }

    /** Runs {@code java -jar legible.jar ARGS} to its end (at most three minutes). */
    public Finished run(String... args) throws Exception {
        Path log = dir.resolve("command-" + (++runs) + ".log");
        Process command = process(log.getFileName().toString(), args).start();
        assertThat(command.waitFor(3, TimeUnit.MINUTES))
                .as("the command %s ended", List.of(args))
                .isTrue();
        return new Finished(command.exitValue(), Files.readString(log));
    }

    private ProcessBuilder process(String log, String... args) {
        List<String> command = new ArrayList<>(List.of(
                ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m",
                "-jar",
                System.getProperty("legible.jar")));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve(log).toFile());
        Map<String, String> env = builder.environment();
        env.put("LEGIBLE_DATA_DIR", dataDirectory().toString());
        env.put("LEGIBLE_SIGNUP", "open");
        return builder;
    }

    /** Signs up through the server's page. */
    public HttpVisitor signUp(String email) throws Exception {
        HttpVisitor person = new HttpVisitor(port);
        person.get("/signup");
        HttpResponse<String> created = person.post(
                "/signup", Map.of("email", email, "passphrase", PASSPHRASE, "passphraseConfirm", PASSPHRASE));
        assertThat(created.statusCode()).isEqualTo(302);
        return person;
    }

    public HttpVisitor signIn(String email) throws Exception {
        HttpVisitor person = new HttpVisitor(port);
        assertThat(person.signIn(email, PASSPHRASE).statusCode()).isEqualTo(302);
        return person;
    }

    /** A new personal access token of that scope, as the tokens page shows it once. */
    public static String token(HttpVisitor person, String scope) throws Exception {
        person.get("/account/tokens");
        person.post(
                "/account/tokens",
                Map.of("name", "packaged jar test", "scope", scope, "lifetimeDays", "30", "passphrase", PASSPHRASE));
        Matcher shown = Pattern.compile("lgb_[A-Za-z0-9_-]+")
                .matcher(person.get("/account/tokens").body());
        assertThat(shown.find()).isTrue();
        return shown.group();
    }

    /** A GET with the token, as a script would make it. */
    public HttpResponse<String> get(String path, String token) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create(base() + path))
                        .header("Authorization", "Bearer " + token)
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroyForcibly().waitFor();
        }
    }
}
