/**
 * People and their sign-in: accounts, passphrases (Argon2id), login throttling, invitations and preferences (time
 * zone, diary day boundary).
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
