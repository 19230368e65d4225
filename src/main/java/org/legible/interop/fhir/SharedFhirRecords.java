package org.legible.interop.fhir;

import java.io.OutputStream;
import java.time.LocalDate;
import org.legible.accounts.AccountId;
import org.legible.sharing.SharedRecords;
import org.springframework.stereotype.Component;

/** The FHIR download of a clinician share: the same Bundle as the person's own export, for the share's days only. */
@Component
record SharedFhirRecords(FhirExport fhir) implements SharedRecords {

    @Override
    public void writeFhir(AccountId owner, LocalDate from, LocalDate to, OutputStream out) {
        fhir.write(owner, from, to, false, out);
    }
}
