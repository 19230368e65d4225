package org.legible.accounts.internal;

import org.legible.accounts.AccountId;
import org.legible.accounts.SignInSteps;
import org.springframework.stereotype.Service;

/** What a person has beyond their passphrase: one-time codes (OneTimeCodes) and passkeys (Passkeys). */
@Service
class StrongerSignIn implements SignInSteps {

    private final OneTimeCodes codes;
    private final Passkeys passkeys;

    StrongerSignIn(OneTimeCodes codes, Passkeys passkeys) {
        this.codes = codes;
        this.passkeys = passkeys;
    }

    @Override
    public Methods methods(AccountId account) {
        return new Methods(codes.hasSecondStep(account), passkeys.count(account));
    }
}
