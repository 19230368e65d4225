package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The installable app's shell: a manifest, a service worker that keeps only what holds no one's data. */
@LegibleTest
class AppShellTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse open(String url, MockHttpSession session) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse();
    }

    @Test
    void the_manifest_makes_legible_an_app_that_opens_on_today_with_icons_that_exist() throws Exception {
        MockHttpServletResponse response = open("/manifest.webmanifest", new MockHttpSession());
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/manifest+json");
        JsonNode manifest = JSON.readTree(response.getContentAsString());
        assertThat(manifest.get("name").asString()).isEqualTo("Legible");
        assertThat(manifest.get("display").asString()).isEqualTo("standalone");
        assertThat(manifest.get("start_url").asString()).isEqualTo("/");
        assertThat(manifest.get("theme_color").asString()).isEqualTo("#234e9c");
        List<String> purposes = new ArrayList<>();
        for (JsonNode icon : manifest.get("icons")) {
            purposes.add(
                    icon.get("purpose").asString() + " " + icon.get("sizes").asString());
            MockHttpServletResponse png = open(icon.get("src").asString(), new MockHttpSession());
            assertThat(png.getStatus()).as(icon.get("src").asString()).isEqualTo(200);
            assertThat(png.getContentType()).isEqualTo("image/png");
            assertThat(icon.get("src").asString())
                    .as("a hashed address")
                    .matches("/static/icons/.+-[0-9a-f]{32}\\.png");
        }
        assertThat(purposes).contains("any 192x192", "any 512x512", "maskable 192x192", "maskable 512x512");
    }

    @Test
    void the_service_worker_keeps_only_the_shell_and_every_file_of_it_is_there() throws Exception {
        MockHttpServletResponse worker = open("/sw.js", new MockHttpSession());
        assertThat(worker.getStatus()).isEqualTo(200);
        assertThat(worker.getContentType()).startsWith("text/javascript");
        assertThat(worker.getHeader("Cache-Control")).contains("no-cache");
        String script = worker.getContentAsString();
        Matcher shell = Pattern.compile("var SHELL = \\[([^\\]]+)]").matcher(script);
        assertThat(shell.find()).isTrue();
        List<String> files = new ArrayList<>();
        Matcher file = Pattern.compile("'([^']+)'").matcher(shell.group(1));
        while (file.find()) {
            files.add(file.group(1));
        }
        assertThat(files)
                .contains("/check-ins/offline")
                .anyMatch(f -> f.matches("/static/css/legible-[0-9a-f]{32}\\.css"))
                .anyMatch(f -> f.matches("/static/js/offline-queue-[0-9a-f]{32}\\.js"))
                .allMatch(f -> f.startsWith("/static/") || f.startsWith("/webjars/") || f.equals("/check-ins/offline"));
        for (String each : files) {
            assertThat(open(each, new MockHttpSession()).getStatus()).as(each).isEqualTo(200);
        }
        assertThat(script)
                .contains("importScripts('/static/js/offline-queue-")
                .doesNotContain("'/*SHELL*/'", "/*QUEUE*/", "/*OFFLINE*/", "/*VERSION*/");
        assertThat(script).as("versioned by its content").containsPattern("var VERSION = '[0-9a-f]{16}';");
    }

    @Test
    void the_blank_check_in_page_kept_on_the_device_holds_no_ones_data_and_no_token() throws Exception {
        People people = new People(mvc);
        MockHttpSession ann = people.signUp(People.uniqueEmail("ann"));
        people.recordHeelAndCalf(ann);
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/check-up")
                .session(ann)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("action", "start")
                .param("tried.heat", "a_lot"));

        String asAnn = open("/check-ins/offline", ann).getContentAsString();
        String asNobody = open("/check-ins/offline", new MockHttpSession()).getContentAsString();
        for (String page : List.of(asAnn, asNobody)) {
            assertThat(page)
                    .contains("Check in without a connection", "data-offline-queue=\"device\"")
                    .contains("<span>left heel</span>", "name=\"overallPain\"", "name=\"sleepHours\"")
                    .as("kept whole on the device, where nothing can be fetched")
                    .doesNotContain("data-deferred")
                    .doesNotContain("csrf-token", "name=\"_csrf\"", "legible-device", "idempotencyKey")
                    .doesNotContain("you are tracking this", "data-copied-from", "Filled in from your check-in of")
                    .as("'Same as last time' is offered only from a copy the person chose to keep on the device")
                    .contains("data-same-as-last hidden")
                    .doesNotContainPattern("class=\"site-toggle\"[^>]*checked")
                    .doesNotContainPattern("name=\"overallPain\"[^>]*checked");
        }
    }
}
