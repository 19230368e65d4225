package org.legible.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.legible.accounts.RememberedDevice;
import org.legible.system.secrets.SecretLinks;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.web.authentication.rememberme.AbstractRememberMeServices;
import org.springframework.security.web.authentication.rememberme.InvalidCookieException;
import org.springframework.security.web.authentication.rememberme.RememberMeAuthenticationException;
import org.springframework.stereotype.Component;

/**
 * "Keep me signed in on this device" (opt-in at sign-in): a cookie with a series and a secret, 30 days, renewed each
 * time it signs the person in. Only the secret's hash is kept (remembered_device), so a copy of the database signs
 * no one in; each device is listed on the account page and can be signed out from there. The secret is not replaced
 * on each use: a page and its service worker arriving together would otherwise look like a stolen cookie.
 */
@Component
public class DeviceRememberMe extends AbstractRememberMeServices {

    static final String COOKIE = "LEGIBLE_DEVICE";
    static final String PARAMETER = "remember";
    static final Duration LIFETIME = Duration.ofDays(30);

    private static final SecureRandom RANDOM = new SecureRandom();

    private final RememberedDeviceRepository devices;
    private final AccountRepository accounts;
    private final OneTimeCodes codes;
    private final Clock clock;

    DeviceRememberMe(
            AccountUserDetailsService users,
            RememberedDeviceRepository devices,
            AccountRepository accounts,
            OneTimeCodes codes,
            Clock clock) {
        // The key only ties this server's remember-me authentications to this service, within one request.
        super(UUID.randomUUID().toString(), users);
        this.devices = devices;
        this.accounts = accounts;
        this.codes = codes;
        this.clock = clock;
        setCookieName(COOKIE);
        setParameter(PARAMETER);
        setTokenValiditySeconds((int) LIFETIME.toSeconds());
    }

    @Override
    protected void onLoginSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (!(authentication.getPrincipal() instanceof LegibleUser user)) {
            return;
        }
        // With a second step, the passphrase alone must not leave a cookie that signs in: it waits for the code.
        if (codes.hasSecondStep(user.accountId())) {
            request.getSession().setAttribute(SecondStep.REMEMBER, true);
            return;
        }
        remember(user.accountId(), request, response);
    }

    /** Keeps this device signed in: a new series and secret, the secret's hash kept, the cookie set. */
    void remember(AccountId account, HttpServletRequest request, HttpServletResponse response) {
        String series = secret(24);
        String token = secret(32);
        devices.insert(
                new RememberedDeviceRepository.Row(
                        UUID.randomUUID().toString(),
                        account,
                        series,
                        SecretLinks.sha256Hex(token),
                        DeviceLabel.of(request.getHeader("User-Agent")),
                        null),
                clock.instant());
        setCookie(new String[] {series, token}, getTokenValiditySeconds(), request, response);
    }

    @Override
    protected UserDetails processAutoLoginCookie(
            String[] cookieTokens, HttpServletRequest request, HttpServletResponse response) {
        if (cookieTokens.length != 2) {
            throw new InvalidCookieException("not a device cookie");
        }
        RememberedDeviceRepository.Row device = devices.bySeries(cookieTokens[0])
                .orElseThrow(() -> new RememberMeAuthenticationException("device signed out"));
        if (!MessageDigest.isEqual(
                device.tokenHash().getBytes(StandardCharsets.US_ASCII),
                SecretLinks.sha256Hex(cookieTokens[1]).getBytes(StandardCharsets.US_ASCII))) {
            throw new RememberMeAuthenticationException("device secret does not match");
        }
        Instant now = clock.instant();
        if (device.lastUsedAt().plus(LIFETIME).isBefore(now)) {
            devices.deleteSeries(device.series());
            throw new RememberMeAuthenticationException("device not used for 30 days");
        }
        String email = accounts.email(device.account())
                .orElseThrow(() -> new RememberMeAuthenticationException("account gone"));
        devices.used(device.series(), now);
        setCookie(cookieTokens, getTokenValiditySeconds(), request, response);
        return getUserDetailsService().loadUserByUsername(email);
    }

    /** Signing out on a device stops it being remembered. */
    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        seriesOf(request).ifPresent(devices::deleteSeries);
        super.logout(request, response, authentication);
    }

    /** The series of the device this request comes from, when it is remembered. */
    public Optional<String> seriesOf(HttpServletRequest request) {
        String cookie = extractRememberMeCookie(request);
        if (cookie == null || cookie.isEmpty()) {
            return Optional.empty();
        }
        try {
            String[] tokens = decodeCookie(cookie);
            return tokens.length == 2 ? Optional.of(tokens[0]) : Optional.empty();
        } catch (InvalidCookieException e) {
            return Optional.empty();
        }
    }

    public List<RememberedDevice> devices(AccountId account, HttpServletRequest request) {
        Optional<String> current = seriesOf(request);
        return devices.ofAccount(account).stream()
                .map(d -> new RememberedDevice(
                        d.id(),
                        d.label(),
                        d.lastUsedAt(),
                        current.map(d.series()::equals).orElse(false)))
                .toList();
    }

    public boolean forget(AccountId account, String id) {
        return id != null && devices.delete(account, id);
    }

    /** After a passphrase change: every other device has to sign in again. */
    public void forgetOthers(AccountId account, HttpServletRequest request) {
        devices.deleteAllBut(account, seriesOf(request).orElse(null));
    }

    private static String secret(int bytes) {
        byte[] random = new byte[bytes];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }
}
