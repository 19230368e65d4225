package org.legible.sharing;

import java.io.OutputStream;
import java.time.LocalDate;
import org.legible.accounts.AccountId;

/**
 * What a share needs from the module that writes FHIR (interop, which depends on this one, so it provides this
 * rather than being called by name): the owner's check-ins and screens of some days as a FHIR R4 Bundle in JSON,
 * without their e-mail address, written to {@code out} a resource at a time (it is left open).
 */
public interface SharedRecords {

    void writeFhir(AccountId owner, LocalDate from, LocalDate to, OutputStream out);
}
