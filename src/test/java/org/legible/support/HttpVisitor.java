package org.legible.support;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser-like visitor of a real server over HTTP: keeps the session cookie and the last page's CSRF token, does
 * not follow redirects, and can add headers of its own (as a proxy in front would).
 */
public final class HttpVisitor {

    /** What a browser asks for when it follows a link or sends a form. */
    public static final String ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final int port;
    private final Map<String, String> headers = new LinkedHashMap<>();
    public String cookie;
    public String csrf;

    public HttpVisitor(int port) {
        this.port = port;
    }

    /** Sends this header with every later request. */
    public HttpVisitor header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public HttpResponse<String> get(String path) throws Exception {
        return send(request(path));
    }

    public HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body + "&_csrf=" + csrf)));
    }

    public HttpResponse<String> signIn(String email, String passphrase) throws Exception {
        get("/login");
        return post("/login", Map.of("username", email, "password", passphrase));
    }

    /** A request to this server with the Accept, cookie and own headers set, for bodies of other kinds. */
    public HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept", ACCEPT);
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        headers.forEach(request::header);
        return request;
    }

    public HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("LEGIBLE_SESSION="))
                .findFirst()
                .ifPresent(c -> cookie = c.substring(0, c.indexOf(';')));
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(response.body());
        if (token.find()) {
            csrf = token.group(1);
        }
        return response;
    }
}
