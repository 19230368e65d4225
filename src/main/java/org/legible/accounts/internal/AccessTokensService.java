package org.legible.accounts.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccessScope;
import org.legible.accounts.AccessToken;
import org.legible.accounts.AccessTokens;
import org.legible.accounts.AccountId;
import org.legible.system.secrets.SecretLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class AccessTokensService implements AccessTokens {

    /** "Last used" is written at most this often, so reading through the API is not a write per request. */
    static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final AccessTokenRepository tokens;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    AccessTokensService(AccessTokenRepository tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @Override
    @Transactional
    public IssuedToken issue(AccountId account, String name, AccessScope scope, int lifetimeDays) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty() || stripped.length() > NAME_CHARACTERS) {
            throw new IllegalArgumentException("a token needs a name of 1-" + NAME_CHARACTERS + " characters");
        }
        if (!LIFETIME_DAYS.contains(lifetimeDays)) {
            throw new IllegalArgumentException("unsupported lifetime");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant now = clock.instant();
        AccessToken token = new AccessToken(
                UUID.randomUUID().toString(), stripped, scope, now, now.plus(Duration.ofDays(lifetimeDays)), null);
        tokens.insert(account, token, SecretLinks.sha256Hex(secret));
        return new IssuedToken(secret, token);
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccessToken> list(AccountId account) {
        return tokens.findByAccount(account);
    }

    @Override
    @Transactional
    public boolean revoke(AccountId account, String tokenId) {
        return tokenId != null && tokens.delete(account, tokenId);
    }

    /** Who a presented secret belongs to, when it is a live token; notes when it was last used. */
    @Transactional
    Optional<TokenHolder> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<AccessTokenRepository.Grant> grant = tokens.findUsable(SecretLinks.sha256Hex(secret), now);
        grant.ifPresent(g -> {
            if (g.lastUsedAt() == null
                    || g.lastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now)) {
                tokens.markUsed(g.tokenId(), now);
            }
        });
        return grant.map(g -> new TokenHolder(g.account(), g.scope(), g.tokenId(), g.name()));
    }
}
