package org.legible.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.legible.accounts.AccountId;
import org.legible.accounts.Accounts;
import org.legible.accounts.CheckedPassphrase;
import org.legible.accounts.PassphrasePolicy;
import org.legible.accounts.Registration;
import org.legible.support.LegibleTest;
import org.legible.support.People;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The sign-up page checks the passphrase once and hands the accepted one on; the account service trusts that check
 * only for the address it was made for, so no path stores a passphrase the policy did not accept for that account.
 */
@LegibleTest
class CheckedPassphraseRegistrationTest {

    @Autowired
    Accounts accounts;

    @Test
    void a_passphrase_accepted_for_one_address_makes_that_account_only() {
        String ann = People.uniqueEmail("ann");
        String bob = People.uniqueEmail("bob");
        CheckedPassphrase forAnn =
                PassphrasePolicy.check(People.PASSPHRASE, ann).accepted().orElseThrow();

        assertThatThrownBy(() -> accounts.register(bob, forAnn, ZoneId.of("UTC"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> accounts.requestSignup(bob, forAnn, ZoneId.of("UTC"), Locale.UK))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.findByEmail(bob)).isEmpty();

        assertThat(accounts.register(ann.toUpperCase(Locale.ROOT), forAnn, ZoneId.of("UTC"), null))
                .isInstanceOf(Registration.Registered.class);
        assertThat(accounts.findByEmail(ann)).isPresent();
    }

    @Test
    void a_new_passphrase_accepted_for_another_address_is_not_taken() {
        String dan = People.uniqueEmail("dan");
        AccountId account = ((Registration.Registered)
                        accounts.register(dan, People.PASSPHRASE, ZoneId.of("UTC"), null))
                .accountId();
        String replacement = "quiet lanterns over the harbour";
        CheckedPassphrase forSomeoneElse = PassphrasePolicy.check(replacement, People.uniqueEmail("eve"))
                .accepted()
                .orElseThrow();

        assertThatThrownBy(() -> accounts.changePassphrase(account, People.PASSPHRASE, forSomeoneElse))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.checkPassphrase(account, People.PASSPHRASE).right()).isTrue();

        CheckedPassphrase forDan =
                PassphrasePolicy.check(replacement, dan).accepted().orElseThrow();
        assertThat(accounts.changePassphrase(account, People.PASSPHRASE, forDan).right())
                .isTrue();
        assertThat(accounts.checkPassphrase(account, replacement).right()).isTrue();
    }

    @Test
    void a_passphrase_given_unchecked_is_checked_and_a_guessable_one_refused() {
        String carol = People.uniqueEmail("carol");

        assertThatThrownBy(() -> accounts.register(carol, "password1234", ZoneId.of("UTC"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(accounts.findByEmail(carol)).isEmpty();
    }
}
