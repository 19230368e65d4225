package org.legible.accounts.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.legible.accounts.AccountId;
import org.legible.accounts.Carers;
import org.legible.system.secrets.SecretLinks;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class CarersService implements Carers {

    private final CarerRepository carers;
    private final Clock clock;

    CarersService(CarerRepository carers, Clock clock) {
        this.carers = carers;
        this.clock = clock;
    }

    @Override
    @Transactional
    public String invite(AccountId person, String label, boolean canRecord, boolean canRead) {
        if (!canRecord && !canRead) {
            throw new IllegalArgumentException("a carer may record, read, or both");
        }
        String token = SecretLinks.newLink();
        Instant now = clock.instant();
        carers.insert(
                UUID.randomUUID().toString(),
                person,
                label.strip(),
                canRecord,
                canRead,
                SecretLinks.sha256Hex(token),
                now,
                now.plus(INVITATION_LIFETIME));
        return token;
    }

    @Override
    public List<Carer> carers(AccountId person) {
        return carers.ofPerson(person);
    }

    @Override
    @Transactional
    public boolean remove(AccountId person, String id) {
        return id != null && carers.remove(person, id, clock.instant());
    }

    @Override
    public Optional<Invitation> invitation(String token) {
        return open(token).map(CarerRepository.OpenInvitation::invitation);
    }

    @Override
    @Transactional
    public Accepted accept(String token, AccountId carer) {
        Optional<CarerRepository.OpenInvitation> open = open(token);
        if (open.isEmpty()) {
            return Accepted.ENDED;
        }
        if (open.get().person().equals(carer)) {
            return Accepted.OWN;
        }
        return carers.accept(open.get().id(), carer, clock.instant()) ? Accepted.ACCEPTED : Accepted.ENDED;
    }

    @Override
    public List<Helping> helping(AccountId carer) {
        return carers.helping(carer);
    }

    @Override
    public Optional<Helping> helping(AccountId carer, String id) {
        return carers.helping(carer).stream().filter(h -> h.id().equals(id)).findFirst();
    }

    private Optional<CarerRepository.OpenInvitation> open(String token) {
        if (!SecretLinks.wellFormed(token)) {
            return Optional.empty();
        }
        return carers.openInvitation(SecretLinks.sha256Hex(token), clock.instant());
    }
}
