package org.legible.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Carers and their invitations in SQL, the same cases on SQLite and PostgreSQL. */
class CarerRepositoryTest {

    private static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void an_invitation_is_taken_once_helps_until_removed_and_goes_with_either_account(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        CarerRepository carers = new CarerRepository(jdbc);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId sam = TestDatabases.account(jdbc, "sam@example.com");
        AccountId eve = TestDatabases.account(jdbc, "eve@example.com");

        carers.insert("c1", ann, "Sam", true, false, "a".repeat(64), NOW, NOW.plusSeconds(60));
        assertThat(carers.openInvitation("a".repeat(64), NOW)).hasValueSatisfying(open -> {
            assertThat(open.person()).isEqualTo(ann);
            assertThat(open.invitation().personEmail()).isEqualTo("ann@example.com");
            assertThat(open.invitation().canRecord()).isTrue();
            assertThat(open.invitation().canRead()).isFalse();
        });
        assertThat(carers.openInvitation("a".repeat(64), NOW.plusSeconds(61)))
                .as("past its end")
                .isEmpty();

        assertThat(carers.accept("c1", sam, NOW)).isTrue();
        assertThat(carers.accept("c1", eve, NOW)).as("taken once").isFalse();
        assertThat(carers.openInvitation("a".repeat(64), NOW))
                .as("its link is gone")
                .isEmpty();
        assertThat(carers.helping(sam)).singleElement().satisfies(h -> {
            assertThat(h.person()).isEqualTo(ann);
            assertThat(h.label()).isEqualTo("Sam");
        });
        assertThat(carers.helping(eve)).isEmpty();
        assertThat(carers.ofPerson(ann))
                .singleElement()
                .satisfies(c -> assertThat(c.active()).isTrue());

        assertThat(carers.remove(eve, "c1", NOW)).as("not Eve's carer").isFalse();
        assertThat(carers.remove(ann, "c1", NOW)).isTrue();
        assertThat(carers.helping(sam)).as("removed: helps no more").isEmpty();
        assertThat(carers.ofPerson(ann))
                .singleElement()
                .satisfies(c -> assertThat(c.removedAt()).isEqualTo(NOW));

        carers.insert("c2", ann, "Eve", false, true, "b".repeat(64), NOW, NOW.plusSeconds(60));
        carers.accept("c2", eve, NOW);
        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", eve.value()).update();
        assertThat(carers.ofPerson(ann)).as("the carer's account deleted").hasSize(1);
        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", ann.value()).update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM carer").query(Integer.class).single())
                .isZero();
    }
}
