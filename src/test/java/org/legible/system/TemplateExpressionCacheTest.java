package org.legible.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.demo.DemoDiary;
import org.legible.diary.Diary;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Each template expression is compiled once and kept (TemplateExpressionCache): pages opened again and again compile
 * nothing anew. An expression compiled twice was either dropped from a cache too small, or is written the same in two
 * places over objects of different types, so that its compiled form fails on one and is compiled again after a
 * hundred slow evaluations, over and over (`s.site.code` over the map's shapes and a check-in's places did so).
 */
@LegibleTest
class TemplateExpressionCacheTest {

    private static final Pattern COMPILING = Pattern.compile("SpEL: compiling (.*)");

    @Autowired
    MockMvc mvc;

    @Autowired
    Accounts accounts;

    @Autowired
    Diary diary;

    private final Logger compiler =
            (Logger) LoggerFactory.getLogger("org.springframework.expression.spel.standard.SpelCompiler");
    private final ListAppender<ILoggingEvent> compiled = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void listen() {
        levelBefore = compiler.getLevel();
        compiler.setLevel(Level.DEBUG);
        compiled.start();
        compiler.addAppender(compiled);
    }

    @AfterEach
    void stopListening() {
        compiler.detachAppender(compiled);
        compiler.setLevel(levelBefore);
    }

    @Test
    void pages_opened_again_and_again_compile_each_expression_once() throws Exception {
        String email = People.uniqueEmail("expressions");
        MockHttpSession session = new People(mvc).signUp(email);
        AccountId account = accounts.findByEmail(email).orElseThrow();
        DemoDiary.generate(diary.today(account), 60, 7).forEach(details -> diary.record(account, details));

        List<String> pages = AccessControlTest.pagesWithoutIds();
        Matcher checkIn =
                Pattern.compile("/check-ins/([0-9a-f-]{36})").matcher(new People(mvc).page(session, "/history"));
        assertThat(checkIn.find()).as("a check-in in the history").isTrue();
        pages.addAll(List.of("/check-ins/" + checkIn.group(1), "/check-ins/" + checkIn.group(1) + "/edit"));
        pages.addAll(List.of("/insights/pain?days=30", "/insights/helps?days=30", "/report?days=30"));

        for (int round = 0; round < 6; round++) {
            for (String page : pages) {
                mvc.perform(get(page).session(session));
            }
        }

        Map<String, Long> compilations = compiled.list.stream()
                .map(event -> COMPILING.matcher(event.getFormattedMessage()))
                .filter(Matcher::matches)
                .collect(Collectors.groupingBy(matcher -> matcher.group(1), Collectors.counting()));
        assertThat(compilations).as("expressions compiled").isNotEmpty();
        assertThat(compilations.entrySet().stream()
                        .filter(expression -> expression.getValue() > 1)
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)))
                .as("expressions compiled more than once")
                .isEmpty();
    }
}
