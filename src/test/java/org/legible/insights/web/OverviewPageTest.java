package org.legible.insights.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.bodymap.BodySite;
import org.legible.bodymap.Descriptor;
import org.legible.demo.DemoDiary;
import org.legible.diary.CheckInDetails.SitePain;
import org.legible.diary.Diary;
import org.legible.diary.RedFlag;
import org.legible.support.CheckIns;
import org.legible.support.LegibleTest;
import org.legible.support.MutableClock;
import org.legible.support.People;
import org.legible.support.TestClockConfiguration;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** The patterns page with odd periods, and with another person's data on the server. */
@LegibleTest
@Import(TestClockConfiguration.class)
class OverviewPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MutableClock clock;

    @Autowired
    Accounts accounts;

    @Autowired
    Diary diary;

    People people;
    MockHttpSession ann;

    @BeforeEach
    void signUp() throws Exception {
        clock.set(Instant.parse("2026-03-10T12:00:00Z"));
        people = new People(mvc);
        ann = people.signUp(People.uniqueEmail("ann"));
    }

    private MockHttpServletResponse open(MockHttpSession session, String url) throws Exception {
        return mvc.perform(get(url).session(session)).andReturn().getResponse();
    }

    @Test
    void a_period_typed_wrong_comes_back_next_to_its_field_with_what_was_typed() throws Exception {
        MockHttpServletResponse future = open(ann, "/insights?from=2026-03-01&to=2026-03-20");
        assertThat(future.getStatus()).isEqualTo(422);
        assertThat(future.getContentAsString())
                .contains("id=\"to-error\"", "value=\"2026-03-20\"", "value=\"2026-03-01\"");

        MockHttpServletResponse garbled = open(ann, "/insights?from=yesterday&to=");
        assertThat(garbled.getStatus()).isEqualTo(422);
        assertThat(garbled.getContentAsString())
                .contains("id=\"from-error\"", "id=\"to-error\"", "value=\"yesterday\"");

        MockHttpServletResponse tooLong = open(ann, "/insights?from=2020-01-01&to=2026-03-10");
        assertThat(tooLong.getStatus()).isEqualTo(422);
        assertThat(tooLong.getContentAsString()).contains("id=\"from-error\"");
    }

    @Test
    void an_unlisted_or_unreadable_number_of_days_never_breaks_the_page() throws Exception {
        MockHttpServletResponse odd = open(ann, "/insights?days=12");
        assertThat(odd.getStatus()).as("falls back to 30 days").isEqualTo(200);
        assertThat(odd.getContentAsString()).contains("(30 days)");

        assertThat(open(ann, "/insights?days=many").getStatus()).isEqualTo(400);
    }

    private String part(MockHttpSession session, String url) throws Exception {
        MockHttpServletResponse response = open(session, url);
        assertThat(response.getStatus()).as(url).isEqualTo(200);
        return response.getContentAsString().replaceAll("\\s+", " ");
    }

    @Test
    void the_demo_diary_reads_back_as_the_patterns_it_plants_and_no_others() throws Exception {
        String email = People.uniqueEmail("demo");
        MockHttpSession demo = people.signUp(email);
        AccountId account = accounts.findByEmail(email).orElseThrow();
        DemoDiary.generate(diary.today(account), DemoDiary.DEFAULT_DAYS, DemoDiary.DEFAULT_SEED)
                .forEach(details -> diary.record(account, details));

        MockHttpServletResponse response = open(demo, "/insights?days=90");

        assertThat(response.getStatus()).isEqualTo(200);
        String overview = response.getContentAsString().replaceAll("\\s+", " ");
        assertThat(overview)
                .contains("Check-ins on 90 of the 90 days")
                .contains("href=\"/insights/patterns?days=90#pattern-small_fibre\"")
                .as("each card opens its own page for the same days")
                .contains("href=\"/insights/pain?days=90\"", "href=\"/insights/where?days=90\"")
                .contains("href=\"/insights/when?days=90\"", "href=\"/insights/sleep?days=90\"")
                .contains("href=\"/insights/flares?days=90\"", "href=\"/insights/feels?days=90\"")
                .contains("href=\"/insights/helps?days=90\"")
                .as("the detail is on those pages, not this one")
                .doesNotContain("Nerve-type words over time", "A flare here means", "Pain by time of day");
        assertThat(part(demo, "/insights/when?days=90"))
                .contains("<h1>When it hurts</h1>", "Your pain is worse in the evening:", "Pain by time of day")
                .contains("href=\"/insights?days=90\"", "href=\"/insights/when?days=7\"")
                .doesNotContain("id=\"pattern-small_fibre\"", "At a glance");
        assertThat(part(demo, "/insights/patterns?days=90"))
                .contains("<article class=\"pattern\" id=\"pattern-small_fibre\"")
                .contains("of the 90 days with a check-in you chose burning")
                .doesNotContain("id=\"pattern-restless_legs\"", "id=\"pattern-plantar_heel\"")
                .doesNotContain("id=\"pattern-inflammatory_arthritis\"", "id=\"pattern-central_sensitisation\"");
        assertThat(part(demo, "/insights/sleep?days=90")).contains("After nights shorter than your usual");
        assertThat(part(demo, "/insights/feels?days=90")).contains("Nerve-type words over time", "Ankles and feet");
        assertThat(part(demo, "/insights/flares?days=90")).contains("A flare here means");
        assertThat(part(demo, "/insights/pain?days=90")).contains("The numbers day by day", "trend-narrow");
        assertThat(part(demo, "/insights/where?days=90")).contains("<h1>Where it hurt</h1>", "90 days before: ");
        assertThat(open(demo, "/insights/nowhere").getStatus()).isEqualTo(404);
        assertThat(overview)
                .doesNotContain("#pattern-restless_legs", "#pattern-plantar_heel")
                .doesNotContain("#pattern-inflammatory_arthritis", "#pattern-central_sensitisation");
        assertThat(part(demo, "/insights/when?days=90"))
                .doesNotContain("Your pain is worse at rest")
                .doesNotContain("Your pain is worse when");
    }

    @Test
    void a_year_is_drawn_and_listed_by_week_and_stays_a_small_page() throws Exception {
        String email = People.uniqueEmail("year");
        MockHttpSession year = people.signUp(email);
        AccountId account = accounts.findByEmail(email).orElseThrow();
        LocalDate today = diary.today(account);
        DemoDiary.generate(today, 365, DemoDiary.DEFAULT_SEED).forEach(details -> diary.record(account, details));

        MockHttpServletResponse response = open(year, "/insights/pain?from=" + today.minusDays(364) + "&to=" + today);

        assertThat(response.getStatus()).isEqualTo(200);
        String page = response.getContentAsString();
        assertThat(page)
                .contains("Pain, sleep, tiredness and the urge to move, week by week")
                .contains("The numbers week by week", "Gaps: weeks without a check-in.")
                .doesNotContain("The numbers day by day");
        assertThat(page.split("<th scope=\"row\">", -1))
                .as("53 weeks end on the last day")
                .hasSize(54);
        // issue 30 §4: a year's page at most 120 KB of HTML (docs/benchmarks.md, "Pages over ten years").
        assertThat(page.getBytes(java.nio.charset.StandardCharsets.UTF_8).length)
                .isLessThanOrEqualTo(120_000);
        assertThat(part(year, "/insights/pain?days=90"))
                .as("a quarter stays day by day")
                .contains("The numbers day by day")
                .doesNotContain("week by week");
    }

    @Test
    void every_month_since_the_first_check_in_is_on_one_page_each_opening_its_own_days() throws Exception {
        assertThat(part(ann, "/insights/years")).contains("<h1>Over the years</h1>", "No check-ins yet.");
        String email = People.uniqueEmail("years");
        MockHttpSession years = people.signUp(email);
        AccountId account = accounts.findByEmail(email).orElseThrow();
        LocalDate today = diary.today(account);
        DemoDiary.generate(today, 800, DemoDiary.DEFAULT_SEED).forEach(details -> diary.record(account, details));

        assertThat(part(years, "/insights?days=30"))
                .contains("href=\"/insights/years\"", "Over the years: every month since you started");
        String page = part(years, "/insights/years");

        LocalDate first = today.minusDays(799);
        assertThat(page)
                .contains("Check-ins on 800 days since "
                        + first.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK) + " "
                        + first.getYear())
                .contains("Pain, sleep, tiredness and the urge to move, month by month")
                .contains("worst of the month", "Gaps: months without a check-in.")
                .contains("<a href=\"/insights?from=" + first.getYear() + "-01-01&amp;to=" + first.getYear()
                        + "-12-31\">" + first.getYear() + "</a>")
                .contains("<a href=\"/insights?from=" + today.withDayOfMonth(1) + "&amp;to=" + today + "\">")
                .as("another person's diary is not counted")
                .doesNotContain("since 2020");
        assertThat(page.split("<th scope=\"row\">", -1))
                .as("a row a year (3) and a month (27)")
                .hasSize(1 + 3 + 27);
        assertThat(part(years, "/insights?from=" + today.withDayOfMonth(1) + "&to=" + today))
                .as("a month's link opens its patterns")
                .contains("Check-ins on " + today.getDayOfMonth() + " of the " + today.getDayOfMonth() + " days");
    }

    @Test
    void the_flare_rule_is_the_persons_own_choice_and_a_tampered_value_changes_nothing() throws Exception {
        people.recordHeelAndCalf(ann);
        MockHttpServletResponse saved = mvc.perform(post("/insights/flare-rule")
                        .session(ann)
                        .with(csrf())
                        .param("points", "3")
                        .param("flareDays", "1")
                        .param("days", "90"))
                .andReturn()
                .getResponse();
        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(saved.getRedirectedUrl()).isEqualTo("/insights/flares?days=90");
        String page = open(ann, "/insights/flares?days=90").getContentAsString();
        assertThat(page)
                .contains("at least 3 points above your own usual level")
                .contains("on one day.")
                .contains("<option value=\"3\" selected=\"selected\">3</option>");

        MockHttpServletResponse tampered = mvc.perform(post("/insights/flare-rule")
                        .session(ann)
                        .with(csrf())
                        .param("points", "9")
                        .param("flareDays", "two")
                        .param("from", "2026-03-01")
                        .param("to", "2026-03-10"))
                .andReturn()
                .getResponse();
        assertThat(tampered.getStatus()).isEqualTo(422);
        assertThat(tampered.getContentAsString())
                .contains("id=\"flare-points-error\"", "Choose from 1 to 5 points.")
                .contains("id=\"flare-days-error\"", "Choose from 1 to 7 days in a row.")
                .contains("value=\"2026-03-01\"");
        assertThat(open(ann, "/insights/flares").getContentAsString())
                .as("nothing saved")
                .contains("at least 3 points above your own usual level");
    }

    @Test
    void without_any_check_in_the_flare_rule_can_still_be_changed_and_its_errors_point_at_a_field() throws Exception {
        assertThat(open(ann, "/insights?days=30").getContentAsString())
                .contains("No check-ins in these days yet.", "href=\"/insights/flares?days=30\"")
                .doesNotContain("href=\"/insights/pain?days=30\"");
        String empty = open(ann, "/insights/flares?days=30").getContentAsString();
        assertThat(empty)
                .contains("No check-ins in these days yet.", "id=\"flare-points\"", "No flares in these days.");

        MockHttpServletResponse tampered = mvc.perform(post("/insights/flare-rule")
                        .session(ann)
                        .with(csrf())
                        .param("points", "0")
                        .param("flareDays", "2")
                        .param("days", "30"))
                .andReturn()
                .getResponse();

        assertThat(tampered.getStatus()).isEqualTo(422);
        assertThat(tampered.getContentAsString())
                .as("the error summary links to a field that is on the page")
                .contains("href=\"#flare-points\"", "id=\"flare-points\"", "id=\"flare-points-error\"");
    }

    @Test
    void a_person_sees_only_their_own_check_ins() throws Exception {
        MockHttpSession bob = people.signUp(People.uniqueEmail("bob"));
        people.recordHeelAndCalf(bob);

        String annPage = open(ann, "/insights").getContentAsString();
        assertThat(annPage).contains("No check-ins in these days yet.").doesNotContain("left heel");
        assertThat(open(bob, "/insights").getContentAsString()).contains("left heel");
    }

    @Test
    void mornings_stiff_for_an_hour_or_more_with_swelling_point_to_inflammatory_arthritis() throws Exception {
        String email = People.uniqueEmail("stiff");
        MockHttpSession stiff = people.signUp(email);
        AccountId account = accounts.findByEmail(email).orElseThrow();
        LocalDate today = diary.today(account);
        SitePain swollen =
                new SitePain(BodySite.fromCode("ankle-left").orElseThrow(), 4, Set.of(Descriptor.SWOLLEN_FEELING));
        for (int n = 0; n < 5; n++) {
            CheckIns day = CheckIns.on(today.minusDays(n), 5).morningStiffnessMinutes(n == 0 ? 60 : 90);
            diary.record(account, (n < 3 ? day.sites(swollen) : day).details());
        }

        assertThat(open(stiff, "/insights").getContentAsString())
                .contains("/insights/patterns?days=30#pattern-inflammatory_arthritis");
        String page = open(stiff, "/insights/patterns").getContentAsString().replaceAll("\\s+", " ");
        assertThat(page)
                .contains("id=\"pattern-inflammatory_arthritis\"")
                .contains("On 5 mornings you said stiffness lasted an hour or more after you got up.")
                .contains("On 3 days you said a place feels swollen.");

        diary.record(
                account,
                CheckIns.on(today.minusDays(5), 5).morningStiffnessMinutes(59).details());
        diary.record(
                account,
                CheckIns.on(today.minusDays(6), 5).morningStiffnessMinutes(59).details());
        String stillFive =
                open(stiff, "/insights/patterns").getContentAsString().replaceAll("\\s+", " ");
        assertThat(stillFive).as("59 minutes is under an hour").contains("On 5 mornings you said stiffness lasted");
    }

    @Test
    void a_red_flag_for_today_holds_back_what_the_diary_may_point_to_until_a_clinician_has_checked_it()
            throws Exception {
        String email = People.uniqueEmail("flag");
        MockHttpSession flagged = people.signUp(email);
        AccountId account = accounts.findByEmail(email).orElseThrow();
        LocalDate today = diary.today(account);
        for (int n = 0; n < 10; n++) {
            CheckIns day = CheckIns.on(today.minusDays(n), 6)
                    .sites(new SitePain(BodySite.fromCode("sole-left").orElseThrow(), 6, Set.of(Descriptor.BURNING)));
            diary.record(account, (n == 2 ? day.redFlags(RedFlag.INJURY_OR_CANNOT_BEAR_WEIGHT) : day).details());
        }

        String page = open(flagged, "/insights").getContentAsString().replaceAll("\\s+", " ");
        assertThat(page)
                .contains("Get medical help today", "You said you hurt your leg or foot")
                .contains("is held back until a clinician has checked the red flag above")
                .contains("action=\"/insights/red-flags-checked?days=30\"")
                .doesNotContain("#pattern-small_fibre");
        assertThat(part(flagged, "/insights/patterns"))
                .contains("is held back until a clinician has checked the red flag above")
                .doesNotContain("id=\"pattern-small_fibre\"");

        MockHttpServletResponse checked = mvc.perform(post("/insights/red-flags-checked")
                        .session(flagged)
                        .with(csrf())
                        .param("days", "30"))
                .andReturn()
                .getResponse();
        assertThat(checked.getRedirectedUrl()).isEqualTo("/insights?days=30#insights-red-flags");
        String after = open(flagged, "/insights").getContentAsString().replaceAll("\\s+", " ");
        assertThat(after)
                .contains("Get medical help today")
                .contains("After this has been checked")
                .contains("#pattern-small_fibre");
        assertThat(part(flagged, "/insights/patterns"))
                .contains("After this has been checked")
                .contains("id=\"pattern-small_fibre\"");

        assertThat(part(flagged, "/insights/helps"))
                .as("every part of the patterns starts with the red flag")
                .contains("Get medical help today", "What seems to help");
        assertThat(open(ann, "/insights").getContentAsString())
                .as("another person's check changes nothing for Ann")
                .doesNotContain("After this has been checked");
    }
}
