package org.legible.diary.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The check-in form's sections that neither the clock nor the day changes ({@code diary/check-in-sections}), rendered
 * once for a new, untouched check-in and then reused. They are about two thirds of the page and the same for everyone
 * who reads the same language and tracks the same strategies, yet rendering them for every visit took about 40 % of
 * the page's time (docs/benchmarks.md). They hold no one's data: only labels, vocabulary codes and empty fields.
 */
@Component
class BlankCheckInSections {

    /**
     * Languages × sets of tracked strategies × which optional questions are offered. Languages are the few Legible
     * supports (system.SupportedLocales); the sets are each person's, so past this many the kept sections are dropped
     * and rendered again as they are asked for. The sections format no date or number, so the reader's country does
     * not change them and is not kept.
     */
    private static final int MAX_KEPT = 64;

    private static final String TEMPLATE = "diary/check-in-sections";

    /** What the form inserts in place of the fragments of the same names. */
    record Rendered(String where, String howTheDayWent) {}

    private record Key(String language, Set<String> tracked, OptionalQuestions asks) {}

    private final ITemplateEngine templates;
    private final ApplicationContext application;
    private final Map<Key, Rendered> kept = new ConcurrentHashMap<>();

    BlankCheckInSections(ITemplateEngine templates, ApplicationContext application) {
        this.templates = templates;
        this.application = application;
    }

    /**
     * The sections for {@code model}, which must be that of a new check-in with nothing filled in and no problems:
     * only the language, the tracked strategies and which optional questions are asked then change them.
     */
    Rendered forUntouchedForm(
            Locale locale,
            Set<String> tracked,
            OptionalQuestions asks,
            Map<String, Object> model,
            HttpServletRequest request,
            HttpServletResponse response) {
        Key key = new Key(locale.getLanguage(), Set.copyOf(tracked), asks);
        Rendered rendered = kept.get(key);
        if (rendered == null) {
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            rendered = render(new Locale.Builder().setLanguage(key.language()).build(), model, request, response);
            kept.putIfAbsent(key, rendered);
        }
        return rendered;
    }

    private Rendered render(
            Locale locale, Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
        Map<String, Object> variables = new HashMap<>(model);
        // As Spring's Thymeleaf view does, so that expressions evaluate exactly as they do in the page.
        variables.put(
                ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(application, null));
        WebContext context = new WebContext(
                JakartaServletWebApplication.buildApplication(request.getServletContext())
                        .buildExchange(new OwnAttributes(request), response),
                locale,
                variables);
        return new Rendered(
                withoutIndentation(templates.process(TEMPLATE, Set.of("where"), context)),
                withoutIndentation(templates.process(TEMPLATE, Set.of("howTheDayWent"), context)));
    }

    private static final Pattern INDENTATION = Pattern.compile("\\n[ \\t]+");

    /**
     * The template's indentation, repeated for every row of every list, was about a sixth of the page. A line break
     * is kept wherever one was, so nothing renders differently; the sections hold no text of anyone's (no
     * {@code <pre>} or filled {@code <textarea>}) whose spaces could matter.
     */
    static String withoutIndentation(String html) {
        return INDENTATION.matcher(html).replaceAll("\n");
    }

    /**
     * Thymeleaf keeps a web context's variables as request attributes; this keeps them off the real request, which
     * the page itself renders afterwards.
     */
    private static final class OwnAttributes extends HttpServletRequestWrapper {

        private final Map<String, Object> attributes = new HashMap<>();

        OwnAttributes(HttpServletRequest request) {
            super(request);
        }

        @Override
        public Object getAttribute(String name) {
            return attributes.containsKey(name) ? attributes.get(name) : super.getAttribute(name);
        }

        @Override
        public Enumeration<String> getAttributeNames() {
            List<String> names = new ArrayList<>();
            attributes.forEach((name, value) -> {
                if (value != null) {
                    names.add(name);
                }
            });
            Collections.list(super.getAttributeNames()).stream()
                    .filter(name -> !attributes.containsKey(name))
                    .forEach(names::add);
            return Collections.enumeration(names);
        }

        @Override
        public void setAttribute(String name, Object value) {
            attributes.put(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            attributes.put(name, null);
        }
    }
}
