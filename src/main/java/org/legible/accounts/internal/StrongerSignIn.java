package org.legible.accounts.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.legible.accounts.AccountId;
import org.legible.accounts.SignInSteps;
import org.springframework.stereotype.Service;

/**
 * What a person has beyond their passphrase (one-time codes, passkeys), and whether this session used it (SignIn).
 */
@Service
record StrongerSignIn(OneTimeCodes codes, Passkeys passkeys) implements SignInSteps {

    @Override
    public Methods methods(AccountId account) {
        return new Methods(codes.hasSecondStep(account), passkeys.count(account));
    }

    @Override
    public boolean signedInStrongly(HttpServletRequest request) {
        return SignIn.strong(request.getSession(false));
    }
}
