package org.legible.reports.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.legible.insights.InsightLabels;
import org.legible.reports.ClinicianReport;
import org.springframework.context.MessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the report template to PDF. The HTML comes from Thymeleaf (user text only through {@code th:text}),
 * is parsed by jsoup and handed to openhtmltopdf as a DOM. Every external resource is refused before and after URI
 * resolution and SVG scripts and links are off, so nothing a person typed can make the server fetch anything
 * (security.md §9). The fonts are the shipped DejaVu Sans files, embedded and subset; the PDF is tagged (PDF/UA
 * mode), which also writes its title and language, and its outline is built from the report's section headings.
 */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final MessageSource messages;
    private final byte[] regular = resource("fonts/DejaVuSans.ttf");
    private final byte[] bold = resource("fonts/DejaVuSans-Bold.ttf");
    private final String css = new String(resource("static/css/report.css"), StandardCharsets.UTF_8);

    PdfRenderer(ITemplateEngine templates, MessageSource messages) {
        this.templates = templates;
        this.messages = messages;
    }

    void write(ClinicianReport report, Locale locale, OutputStream out) throws IOException {
        Context context = new Context(locale);
        context.setVariable("report", report);
        context.setVariable("labels", new InsightLabels(messages, locale));
        context.setVariable("css", css);
        org.jsoup.nodes.Document html = Jsoup.parse(
                templates.process("reports/clinician-report", context),
                "",
                // SVG is case-sensitive XML: keep viewBox and friends as written.
                Parser.htmlParser().settings(ParseSettings.preserveCase));
        addOutline(html);

        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessibility(true);
        // The same embedded font for the text, the SVG charts' labels and any character the text lacks.
        Set<FSFontUseCase> everywhere =
                EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.SVG, FSFontUseCase.FALLBACK_FINAL);
        builder.useFont(() -> new ByteArrayInputStream(regular), FONT_FAMILY, 400, FontStyle.NORMAL, true, everywhere);
        builder.useFont(() -> new ByteArrayInputStream(bold), FONT_FAMILY, 700, FontStyle.NORMAL, true, everywhere);
        builder.useSVGDrawer(new BatikSVGDrawer(SvgScriptMode.SECURE, SvgExternalResourceMode.SECURE));
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        builder.useExternalResourceAccessControl(
                (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withW3cDocument(new W3CDom().fromJsoup(html), "about:blank");
        builder.toStream(out);
        builder.run();
    }

    /** One bookmark per section heading, so a reader can jump between sections. */
    private static void addOutline(org.jsoup.nodes.Document html) {
        Element bookmarks = html.head().appendElement("bookmarks");
        for (Element heading : html.select("h2[id]")) {
            bookmarks.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
        }
    }

    private static byte[] resource(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("missing resource " + path, e);
        }
    }
}
