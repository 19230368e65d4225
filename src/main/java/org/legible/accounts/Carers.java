package org.legible.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Carers: a person invites someone by a link to record check-ins for them, see their diary, or both; the invited
 * person accepts with their own account and may then help; the person can remove them at any moment.
 */
public interface Carers {

    int LABEL_CHARACTERS = 100;

    Duration INVITATION_LIFETIME = Duration.ofDays(7);

    /** A carer as the person who invited them sees them. */
    record Carer(
            String id,
            String label,
            boolean canRecord,
            boolean canRead,
            Instant invitedAt,
            Instant inviteExpiresAt,
            Instant acceptedAt,
            Instant removedAt) {

        public boolean active() {
            return acceptedAt != null && removedAt == null;
        }

        /** Invited, not yet accepted, and the invitation still open at {@code now}. */
        public boolean waiting(Instant now) {
            return acceptedAt == null && removedAt == null && now.isBefore(inviteExpiresAt);
        }
    }

    /** An open invitation, as the invited person sees it before accepting. */
    record Invitation(String personEmail, String label, boolean canRecord, boolean canRead) {}

    /** Someone a carer helps: the link's id, whose diary, the carer's name there, and what they may do. */
    record Helping(String id, AccountId person, String personEmail, String label, boolean canRecord, boolean canRead) {

        public boolean may(CarerGrant grant) {
            return grant == CarerGrant.RECORD ? canRecord : canRead;
        }
    }

    /** What accepting an invitation did. */
    enum Accepted {
        ACCEPTED,
        /** Already taken, removed or past its week. */
        ENDED,
        /** The person's own invitation: they cannot be their own carer. */
        OWN
    }

    /** Makes an invitation; returns its link's secret, shown once since only its hash is kept. */
    String invite(AccountId person, String label, boolean canRecord, boolean canRead);

    /** The person's carers, newest first: waiting, active and removed alike. */
    List<Carer> carers(AccountId person);

    /** Ends a carer's access (or a waiting invitation) from the next request on; false if not this person's. */
    boolean remove(AccountId person, String id);

    /** The invitation a link names, while it can still be accepted. */
    Optional<Invitation> invitation(String token);

    Accepted accept(String token, AccountId carer);

    /** The people a carer helps now. */
    List<Helping> helping(AccountId carer);

    /** One of them, while the carer still may help. */
    Optional<Helping> helping(AccountId carer, String id);
}
