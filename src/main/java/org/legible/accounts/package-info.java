/**
 * People and their sign-in: accounts, passphrases (Argon2id), one-time codes and passkeys, remembered devices,
 * login throttling, invitations, carers and what each may do, API tokens, and preferences (time zone, diary day
 * boundary, flare rule).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "system :: mail",
            "system :: qr",
            "system :: secrets",
            "system :: sql",
            "system :: throttle"
        })
package org.legible.accounts;
