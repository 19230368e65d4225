package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.legible.support.People.checkIn;
import static org.legible.support.People.siteIndex;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Each person's diary is visible only to them, through every URL. */
@LegibleTest
class AccessControlTest {

    /**
     * Every route the application answers, with who may use it. A new route fails this test until it is listed
     * here and its access is decided (and, for a person's data, tested below).
     */
    static final Set<String> ROUTES = Set.of(
            "GET /login",
            "* /login/throttled",
            "GET /signup",
            "POST /signup",
            "GET /signup/code",
            "POST /signup/code",
            "* /forbidden",
            "* /error",
            // Up or down, for a monitor: nothing about anyone (HealthControllerTest).
            "GET /actuator/health",
            "GET /",
            "GET /history",
            "GET /check-ins/new",
            "GET /check-ins/new/sections",
            "POST /check-ins",
            "POST /check-ins/queued",
            // The installable app's shell: no one's data, open to all (AppShellTest).
            "GET /check-ins/offline",
            "GET /manifest.webmanifest",
            "GET /sw.js",
            "GET /check-ins/{id}",
            "POST /check-ins/{id}",
            "GET /check-ins/{id}/edit",
            "GET /own-items",
            "POST /own-items",
            "POST /own-items/{id}/stop",
            "GET /cycle",
            "POST /cycle",
            "POST /cycle/remove",
            "POST /cycle/following",
            "POST /insights/effect-window",
            "GET /check-ins/{id}/delete",
            "POST /check-ins/{id}/delete",
            "GET /account",
            "POST /account/passphrase",
            "POST /account/preferences",
            "POST /account/invitations",
            "POST /account/devices/{id}/remove",
            "GET /account/confirm",
            "POST /account/confirm",
            "GET /account/delete",
            "POST /account/delete",
            "GET /session/alive",
            "GET /assessments",
            "POST /assessments/schedule",
            "GET /assessments/due",
            "GET /assessments/{instrument}/new",
            "POST /assessments/{instrument}/new",
            "GET /assessments/{instrument}/{id}",
            "GET /assessments/{instrument}/{id}/edit",
            "POST /assessments/{instrument}/{id}/edit",
            "GET /assessments/{instrument}/{id}/delete",
            "POST /assessments/{instrument}/{id}/delete",
            "GET /assessments/neuropathic-profile",
            "GET /assessments/history",
            "GET /assessments/scores/new",
            "POST /assessments/scores",
            "GET /assessments/scores/{id}/delete",
            "POST /assessments/scores/{id}/delete",
            "GET /export/legible.json",
            "GET /export/legible-csv.zip",
            "GET /import",
            "POST /import",
            "GET /import/health",
            "POST /import/health",
            "POST /import/health/fitbit",
            "POST /import/health/csv",
            "GET /import/health/csv/{id}",
            "POST /import/health/csv/{id}",
            "POST /import/health/flaredown",
            "GET /experiments",
            "GET /experiments/today",
            "GET /experiments/check-in",
            "POST /experiments",
            "GET /experiments/{id}",
            "POST /experiments/{id}/stop",
            "POST /experiments/{id}/followed",
            "POST /experiments/{id}/delete",
            "GET /import/health/flaredown/{id}",
            "POST /import/health/flaredown/{id}",
            "POST /import/health/{id}/undo",
            "GET /import/health/jobs/{id}",
            "GET /import/health/jobs/{id}/progress",
            "GET /account/tokens",
            "POST /account/tokens",
            "POST /account/tokens/{id}/revoke",
            // The JSON API: bearer tokens only (ApiSecurityConfiguration), tested in AccessTokenTest and
            // CheckInApiTest.
            "GET /api/v1/checkins",
            "POST /api/v1/checkins",
            "GET /api/v1/checkins/{id}",
            "PUT /api/v1/checkins/{id}",
            "DELETE /api/v1/checkins/{id}",
            "GET /api/v1/assessments",
            "GET /api/v1/export",
            "GET /api/v1/fhir/Bundle",
            "GET /export/legible-fhir.json",
            "GET /api/v1/openapi.json",
            "GET /insights",
            "GET /insights/{part}",
            "GET /insights/years",
            "GET /sharing",
            "GET /sharing/new",
            "POST /sharing",
            "POST /sharing/{id}/revoke",
            "GET /sharing/{id}/edit",
            "POST /sharing/{id}",
            "GET /access-log",
            "GET /carers",
            "GET /carers/new",
            "POST /carers",
            "POST /carers/{id}/remove",
            "GET /care",
            "POST /care/{id}/help",
            "POST /care/own",
            "GET /care/invite/{token}",
            "GET /care/invite/{token}/accept",
            "POST /care/invite/{token}/accept",
            "GET /login/code",
            "POST /login/code",
            "GET /account/sign-in",
            "GET /account/sign-in/codes",
            "POST /account/sign-in/codes",
            "POST /account/sign-in/recovery-codes",
            "POST /account/sign-in/codes/off",
            "GET /account/sign-in/passkeys/new",
            "GET /account/sign-in/stronger",
            "POST /account/sign-in/passkeys/remove",
            "GET /shared/{link}",
            "POST /shared/{link}",
            "GET /shared/{link}/report.pdf",
            "GET /shared/{link}/record.fhir.json",
            "GET /shared/{link}/days",
            "GET /shared/{link}/patterns",
            "POST /insights/flare-rule",
            "POST /insights/red-flags-checked",
            "GET /check-up",
            "POST /check-up",
            "GET /check-up/{id}",
            "GET /check-up/{id}/questions",
            "POST /check-up/{id}/track",
            "POST /check-up/{id}/red-flags-checked",
            "GET /check-ups",
            "GET /library",
            "GET /library/{slug}",
            // Sample content only, open to all like the library (DesignPageTest).
            "GET /design",
            "GET /more",
            // The administrator's only; anyone else gets 404 (BackupsTest).
            "GET /admin/backups",
            "GET /admin/backups/download",
            "GET /report",
            "POST /report",
            "POST /report/pdf",
            "GET /reminders",
            "GET /reminders/today",
            "POST /reminders",
            "POST /reminders/pause-answer",
            "POST /reminders/calendar",
            "POST /reminders/calendar/revoke",
            "POST /reminders/devices",
            "POST /reminders/devices/{id}/remove",
            // A calendar app has no session: the secret in the address is the key (ReminderPagesTest).
            "GET /calendar/{secret}.ics");

    /** The pages of {@link #ROUTES} a browser can open as they are: read with GET, no id in the address. */
    static List<String> pagesWithoutIds() {
        List<String> pages = new ArrayList<>();
        for (String route : ROUTES) {
            String[] verbAndPath = route.split(" ", 2);
            if (verbAndPath[0].equals("GET") && !verbAndPath[1].contains("{")) {
                pages.add(verbAndPath[1]);
            }
        }
        return pages;
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void every_route_is_listed_with_its_access_decided() {
        Set<String> routes = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            if (method.getBeanType().getPackageName().startsWith("org.legible")) {
                Set<String> verbs = new TreeSet<>();
                info.getMethodsCondition().getMethods().forEach(m -> verbs.add(m.name()));
                for (String pattern : info.getPatternValues()) {
                    routes.add((verbs.isEmpty() ? "*" : String.join(",", verbs)) + " " + pattern);
                }
            }
        });
        assertThat(routes).containsExactlyInAnyOrderElementsOf(ROUTES);
    }

    @Test
    void someone_signed_out_is_sent_to_sign_in_for_every_private_page() throws Exception {
        for (String url : new String[] {
            "/",
            "/history",
            "/own-items",
            "/cycle",
            "/check-ins/new",
            "/check-ins/new/sections",
            "/account",
            "/account/delete",
            "/check-ins/00000000-0000-0000-0000-000000000000",
            "/assessments",
            "/assessments/acr-2016/new",
            "/assessments/history",
            "/assessments/neuropathic-profile",
            "/assessments/due",
            "/export/legible.json",
            "/export/legible-csv.zip",
            "/export/legible-fhir.json",
            "/import",
            "/account/tokens",
            "/more",
            "/report",
            "/insights",
            "/insights/flares",
            "/insights/years",
            "/sharing",
            "/sharing/new",
            "/access-log",
            "/check-up",
            "/check-ups",
            "/check-up/00000000-0000-0000-0000-000000000000",
            "/reminders"
        }) {
            mvc.perform(get(url)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        }
        mvc.perform(post("/check-ins").with(csrf()).param("overallPain", "3")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/report/pdf").with(csrf()).param("from", "2026-01-01").param("to", "2026-01-31"))
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void the_keep_alive_answers_only_a_signed_in_session_and_changes_nothing() throws Exception {
        MockHttpSession ann = new People(mvc).signUp(People.uniqueEmail("ann"));
        mvc.perform(get("/session/alive").session(ann)).andExpect(status().isNoContent());
        mvc.perform(get("/session/alive")).andExpect(redirectedUrl("/login"));
        mvc.perform(post("/session/alive").session(ann).with(csrf())).andExpect(status().isMethodNotAllowed());
    }

    @Test
    void an_unlisted_url_is_not_found_even_when_signed_in() throws Exception {
        MockHttpSession ann = new People(mvc).signUp(People.uniqueEmail("ann"));
        mvc.perform(get("/admin").session(ann)).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/env").session(ann)).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/heapdump").session(ann)).andExpect(status().isNotFound());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    void a_second_account_can_neither_read_change_nor_delete_the_first_accounts_check_ins() throws Exception {
        People people = new People(mvc);
        MockHttpSession ann = people.signUp(People.uniqueEmail("ann"));
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        String url = people.recordHeelAndCalf(ann);

        mvc.perform(get(url).session(bob)).andExpect(status().isNotFound());
        mvc.perform(get(url + "/edit").session(bob)).andExpect(status().isNotFound());
        mvc.perform(get(url + "/delete").session(bob)).andExpect(status().isNotFound());
        int heel = siteIndex("heel-left");
        mvc.perform(checkIn(url, bob)
                        .param("sites[" + heel + "].selected", "on")
                        .param("sites[" + heel + "].intensity", "1")
                        .param("overallPain", "1"))
                .andExpect(status().isNotFound());
        mvc.perform(post(url + "/delete").session(bob).with(csrf())).andExpect(status().isNotFound());
        String bobsHistory = mvc.perform(get("/history").session(bob))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bobsHistory).contains("No check-ins yet.").doesNotContain("left heel");
        String bobsToday =
                mvc.perform(get("/").session(bob)).andReturn().getResponse().getContentAsString();
        assertThat(bobsToday).doesNotContain("left heel");
        String bobsNew = mvc.perform(get("/check-ins/new?copy=last").session(bob))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(bobsNew).doesNotContain("Filled in from your check-in");

        String annsView =
                mvc.perform(get(url).session(ann)).andReturn().getResponse().getContentAsString();
        assertThat(annsView)
                .contains("left heel", "7 / 10", "Overall pain", "6 / 10")
                .doesNotContain("Earlier versions");
    }

    @Test
    void the_account_a_form_acts_on_comes_from_the_session_never_from_the_request() throws Exception {
        People people = new People(mvc);
        MockHttpSession ann = people.signUp(People.uniqueEmail("ann"));
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        mvc.perform(checkIn("/check-ins", bob)
                        .param("overallPain", "2")
                        .param("accountId", "00000000-0000-0000-0000-000000000000")
                        .param("account", "someone-else"))
                .andExpect(redirectedUrl("/history"));
        assertThat(mvc.perform(get("/history").session(ann))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("No check-ins yet.");
        assertThat(mvc.perform(get("/history").session(bob))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("overall 2");
    }
}
