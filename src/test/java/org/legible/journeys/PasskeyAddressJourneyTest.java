package org.legible.journeys;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Journeys that use a passkey. A passkey belongs to one address, so these run Legible at a port chosen in advance
 * and tell it that address (LEGIBLE_PUBLIC_URL); Chromium's virtual authenticator stands in for a phone's
 * fingerprint reader.
 */
abstract class PasskeyAddressJourneyTest extends JourneyTest {

    static final int PORT = freePort();

    @DynamicPropertySource
    static void address(DynamicPropertyRegistry properties) {
        properties.add("server.port", () -> PORT);
        properties.add("legible.public-url", () -> "http://localhost:" + PORT);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A platform authenticator that always finds the person present and verified, as a phone with a fingerprint. */
    static void fingerprintReader(Page page) {
        CDPSession cdp = page.context().newCDPSession(page);
        cdp.send("WebAuthn.enable");
        JsonObject options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        JsonObject arguments = new JsonObject();
        arguments.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", arguments);
    }
}
