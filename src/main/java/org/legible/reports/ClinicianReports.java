package org.legible.reports;

import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.legible.accounts.AccountId;

/** The reports module's facade. Every call is scoped to one account. */
public interface ClinicianReports {

    /**
     * Published when a person's report PDF is downloaded (the access log lists it): by the person ({@code carer}
     * null) or by a carer who may read their diary, named as the person named them.
     */
    record PdfDownloaded(AccountId account, String carer) {}

    /** Today's diary day for the account: periods end on it at the latest. */
    LocalDate today(AccountId account);

    ClinicianReport report(AccountId account, ReportRequest request);

    /**
     * Renders the report's page template to a tagged PDF with embedded fonts; fetches nothing from anywhere.
     *
     * @throws PdfNotMade when the PDF would take too long or run to too many pages, or every renderer is busy
     */
    byte[] pdf(ClinicianReport report, Locale locale) throws IOException;
}
