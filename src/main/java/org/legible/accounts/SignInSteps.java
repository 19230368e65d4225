package org.legible.accounts;

/** Whether a person's sign-in has a second step (one-time codes), for pages that ask for it before a share. */
public interface SignInSteps {

    boolean hasSecondStep(AccountId account);
}
