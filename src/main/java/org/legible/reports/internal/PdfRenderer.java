package org.legible.reports.internal;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgExternalResourceMode;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer.SvgScriptMode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.legible.insights.InsightLabels;
import org.legible.reports.ClinicianReport;
import org.legible.reports.PdfNotMade;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
 * Making one PDF is capped in time and pages ({@link PdfLimits}, security.md §9).
 */
@Component
class PdfRenderer {

    static final String FONT_FAMILY = "DejaVu Sans";

    private final ITemplateEngine templates;
    private static final Logger log = LoggerFactory.getLogger(PdfRenderer.class);

    private final MessageSource messages;
    private final PdfLimits limits;
    private final byte[] regular = resource("fonts/DejaVuSans.ttf");
    private final byte[] bold = resource("fonts/DejaVuSans-Bold.ttf");
    private final String css = new String(resource("static/css/report.css"), StandardCharsets.UTF_8);

    PdfRenderer(ITemplateEngine templates, MessageSource messages, PdfLimits limits) {
        this.templates = templates;
        this.messages = messages;
        this.limits = limits;
    }

    /**
     * Lays the report out and draws it, calling the checkpoint after the layout and before each page, and refusing a
     * layout longer than the page cap before anything is drawn.
     */
    byte[] write(ClinicianReport report, Locale locale, PdfQueue.Checkpoint checkpoint) throws IOException {
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
        addAlternateText(html);

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
        builder.usePageSupplier((document, width, height, number, shadow) -> {
            checkpoint.check();
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            return page;
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        builder.toStream(out);
        try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
            renderer.setListener(new PageCap(checkpoint, limits.maxPages()));
            renderer.createPDF();
        }
        return out.toByteArray();
    }

    /** Runs between layout and drawing: the only point where the page count is known and nothing is drawn yet. */
    private record PageCap(PdfQueue.Checkpoint checkpoint, int maxPages) implements PDFCreationListener {

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
            checkpoint.check();
            int pages = renderer.getRootBox().getLayer().getPages().size();
            if (pages > maxPages) {
                log.warn("PDF not drawn: {} pages laid out, the cap is {}", pages, maxPages);
                throw new PdfNotMade(PdfNotMade.Reason.TOO_MANY_PAGES, maxPages);
            }
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {}

        @Override
        public void onClose(PdfBoxRenderer renderer) {}
    }

    /** One bookmark per section heading, so a reader can jump between sections. */
    private static void addOutline(org.jsoup.nodes.Document html) {
        Element bookmarks = html.head().appendElement("bookmarks");
        for (Element heading : html.select("h2[id]")) {
            bookmarks.appendElement("bookmark").attr("name", heading.text()).attr("href", "#" + heading.id());
        }
    }

    /**
     * The page names each chart with aria-labelledby; the tagged PDF reads a figure's alternate text from alt, so the
     * same words are copied there for screen readers reading the PDF.
     */
    private static void addAlternateText(org.jsoup.nodes.Document html) {
        for (Element chart : html.select("svg[aria-labelledby]")) {
            StringBuilder alt = new StringBuilder();
            for (String id : chart.attr("aria-labelledby").split("\\s+")) {
                Element label = html.getElementById(id);
                if (label != null) {
                    alt.append(alt.isEmpty() ? "" : " ").append(label.text());
                }
            }
            chart.attr("alt", alt.toString());
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
