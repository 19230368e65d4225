package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.util.DigestUtils;

/**
 * What a browser fetches besides the page, through the real server: each script, style and icon is linked by a hash
 * of its content, so it can be kept for a year and a new version is a new address; scripts and styles arrive
 * compressed. Pages themselves are never stored.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class StaticFilesOnTheWireTest {

    private static final Pattern LINKED = Pattern.compile("(?:src|href)=\"(/(?:static|webjars)/[^\"]*)\"");
    private static final Pattern HASHED = Pattern.compile("(.*)-([0-9a-f]{32})(\\.[a-z]+)");

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();

    @Test
    void the_page_is_never_stored_but_its_scripts_styles_and_icon_are_kept_for_a_year() throws Exception {
        HttpResponse<String> page = http.send(request("/signup", "identity"), HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Cache-Control"))
                .hasValueSatisfying(value -> assertThat(value).contains("no-store"));

        List<String> links = linkedFiles(page.body());
        assertThat(links)
                .hasSize(6)
                .anyMatch(link -> link.startsWith("/static/css/legible-"))
                .anyMatch(link -> link.startsWith("/static/js/legible-"))
                .anyMatch(link -> link.startsWith("/static/js/offline-queue-"))
                .anyMatch(link -> link.startsWith("/static/icons/apple-touch-icon-"))
                .anyMatch(link -> link.startsWith("/webjars/htmx.org/2.0.8/dist/htmx.min-"))
                .anyMatch(link -> link.startsWith("/static/favicon-"));
        for (String link : links) {
            HttpResponse<byte[]> file = http.send(request(link, "identity"), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.statusCode()).as(link).isEqualTo(200);
            assertThat(file.headers().firstValue("Cache-Control"))
                    .as(link)
                    .hasValueSatisfying(value -> assertThat(value)
                            .contains("max-age=31536000", "public")
                            .doesNotContain("no-store"));
            byte[] original = original(link);
            assertThat(file.body()).as(link).isEqualTo(original);
            assertThat(hashIn(link))
                    .as("%s: the address changes whenever the content does", link)
                    .isEqualTo(DigestUtils.md5DigestAsHex(original));
        }
    }

    @Test
    void scripts_and_styles_arrive_compressed_for_a_browser_that_accepts_gzip() throws Exception {
        String html = http.send(request("/signup", "identity"), HttpResponse.BodyHandlers.ofString())
                .body();
        List<String> scriptsAndStyles = linkedFiles(html).stream()
                .filter(link -> link.endsWith(".js") || link.endsWith(".css"))
                .toList();
        assertThat(scriptsAndStyles).hasSize(4);
        for (String link : scriptsAndStyles) {
            HttpResponse<byte[]> file = http.send(request(link, "gzip"), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(file.headers().firstValue("Content-Encoding")).as(link).hasValue("gzip");
            try (InputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(file.body()))) {
                assertThat(unzipped.readAllBytes()).as(link).isEqualTo(original(link));
            }
        }
    }

    private HttpRequest request(String path, String acceptEncoding) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Encoding", acceptEncoding)
                .build();
    }

    private static List<String> linkedFiles(String html) {
        List<String> links = new ArrayList<>();
        Matcher link = LINKED.matcher(html);
        while (link.find()) {
            links.add(link.group(1));
        }
        return links;
    }

    private static String hashIn(String link) {
        Matcher hashed = HASHED.matcher(link);
        assertThat(hashed.matches()).as("%s carries a content hash", link).isTrue();
        return hashed.group(2);
    }

    /** The file as it is in the application: static/ for Legible's own, META-INF/resources/ for web jars. */
    private static byte[] original(String link) throws IOException {
        Matcher hashed = HASHED.matcher(link);
        assertThat(hashed.matches()).as("%s carries a content hash", link).isTrue();
        String path = hashed.group(1) + hashed.group(3);
        String resource = path.startsWith("/webjars/") ? "META-INF/resources" + path : path.substring(1);
        try (InputStream in = StaticFilesOnTheWireTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return in.readAllBytes();
        }
    }
}
