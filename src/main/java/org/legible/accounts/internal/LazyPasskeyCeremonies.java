package org.legible.accounts.internal;

import java.util.function.Supplier;
import org.springframework.security.web.webauthn.api.CredentialRecord;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialUserEntity;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialCreationOptionsRequest;
import org.springframework.security.web.webauthn.management.PublicKeyCredentialRequestOptionsRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyAuthenticationRequest;
import org.springframework.security.web.webauthn.management.RelyingPartyRegistrationRequest;
import org.springframework.security.web.webauthn.management.WebAuthnRelyingPartyOperations;
import org.springframework.util.function.SingletonSupplier;

/**
 * The passkey ceremonies, made at the first one: WebAuthn4J and its JSON converters were about a tenth of a second of
 * every server start (docs/benchmarks.md, "Server start-up against a bare Spring Boot app"), for a page few people
 * open on a given day.
 */
final class LazyPasskeyCeremonies implements WebAuthnRelyingPartyOperations {

    private final SingletonSupplier<WebAuthnRelyingPartyOperations> ceremonies;

    LazyPasskeyCeremonies(Supplier<WebAuthnRelyingPartyOperations> ceremonies) {
        this.ceremonies = SingletonSupplier.of(ceremonies);
    }

    @Override
    public PublicKeyCredentialCreationOptions createPublicKeyCredentialCreationOptions(
            PublicKeyCredentialCreationOptionsRequest request) {
        return ceremonies.obtain().createPublicKeyCredentialCreationOptions(request);
    }

    @Override
    public CredentialRecord registerCredential(RelyingPartyRegistrationRequest request) {
        return ceremonies.obtain().registerCredential(request);
    }

    @Override
    public PublicKeyCredentialRequestOptions createCredentialRequestOptions(
            PublicKeyCredentialRequestOptionsRequest request) {
        return ceremonies.obtain().createCredentialRequestOptions(request);
    }

    @Override
    public PublicKeyCredentialUserEntity authenticate(RelyingPartyAuthenticationRequest request) {
        return ceremonies.obtain().authenticate(request);
    }
}
