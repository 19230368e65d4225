/**
 * The care circle (issue 27): a person shares their clinician report (with the days behind it and their patterns,
 * if they choose) by a link that ends when they say and can be revoked at any moment, and reads every opening of it,
 * every export and every API read in their access log. The link is the only key (the clinician
 * needs no account), so it is long, random and kept only as a hash; it opens nothing but what its scope names.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {
            "accounts",
            "bodymap",
            "diary",
            "reports",
            "insights",
            "insights :: patterns",
            "system :: qr",
            "system :: secrets",
            "system :: sql",
            "system :: throttle"
        })
package org.legible.sharing;
