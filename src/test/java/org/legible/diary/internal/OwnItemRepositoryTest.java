package org.legible.diary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.diary.CheckInDetails;
import org.legible.diary.CheckInId;
import org.legible.diary.OwnItem;
import org.legible.support.CheckIns;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Own items and the check-ins' answers to them, the same on both databases. */
class OwnItemRepositoryTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    private static final Instant T0 = Instant.parse("2026-12-01T08:00:00Z");

    private JdbcClient jdbc;
    private OwnItemRepository items;
    private CheckInRepository checkIns;

    private void open(Kind kind) {
        DataSource dataSource = TestDatabases.migrated(kind);
        jdbc = JdbcClient.create(dataSource);
        items = new OwnItemRepository(jdbc);
        checkIns = new CheckInRepository(jdbc);
    }

    private static OwnItem item(String name, OwnItem.Kind kind, LocalDate since) {
        return switch (kind) {
            case SCALE -> new OwnItem(OwnItem.newId(), name, kind, null, "fainting", null, List.of(), since, null);
            case NUMBER -> new OwnItem(OwnItem.newId(), name, kind, null, null, "glasses", List.of(), since, null);
            case WORDS ->
                new OwnItem(OwnItem.newId(), name, kind, null, null, null, List.of("low", "high"), since, null);
            case YES_NO -> new OwnItem(OwnItem.newId(), name, kind, null, null, null, List.of(), since, null);
        };
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void items_read_back_exactly_in_the_order_begun_and_only_for_their_account(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");
        OwnItem energy = item("Energy", OwnItem.Kind.WORDS, DAY);
        OwnItem water = item("Water", OwnItem.Kind.NUMBER, DAY.minusDays(3));
        OwnItem dizzy = item("Dizzy", OwnItem.Kind.SCALE, DAY);
        items.insert(ann, energy);
        items.insert(ann, water);
        items.insert(ann, dizzy);
        items.insert(bob, item("Nap", OwnItem.Kind.YES_NO, DAY));

        assertThat(items.all(ann)).containsExactly(water, dizzy, energy);
        assertThat(items.owner(water.id())).contains(ann.value());
        assertThat(items.all(bob)).extracting(OwnItem::name).containsExactly("Nap");
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void stopping_keeps_the_item_and_the_answers_and_never_stops_before_it_began(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        OwnItem water = item("Water", OwnItem.Kind.NUMBER, DAY);
        items.insert(ann, water);
        CheckInId id = CheckInId.random();
        CheckInDetails answered = CheckIns.on(DAY, 4)
                .ownItems(new CheckInDetails.OwnAnswer(water.id(), "2.5"))
                .details();
        checkIns.insertVersion(ann, id, 1, T0, T0, answered);

        assertThat(items.stop(ann, water.id(), DAY.minusDays(5))).isTrue();
        assertThat(items.stop(ann, water.id(), DAY)).as("already stopped").isFalse();
        assertThat(items.all(ann)).containsExactly(water.stoppedOn(DAY));
        assertThat(checkIns.find(ann, id).orElseThrow().details()).isEqualTo(answered);
    }

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void answers_go_with_their_check_in_version_and_everything_goes_with_the_account(Kind kind) {
        open(kind);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        OwnItem water = item("Water", OwnItem.Kind.NUMBER, DAY);
        OwnItem energy = item("Energy", OwnItem.Kind.WORDS, DAY);
        items.insert(ann, water);
        items.insert(ann, energy);
        CheckInId id = CheckInId.random();
        checkIns.insertVersion(
                ann,
                id,
                1,
                T0,
                T0,
                CheckIns.on(DAY, 4)
                        .ownItems(
                                new CheckInDetails.OwnAnswer(water.id(), "3"),
                                new CheckInDetails.OwnAnswer(energy.id(), "low"))
                        .details());

        assertThat(checkIns.between(ann, DAY, DAY).get(0).details().ownItems())
                .extracting(CheckInDetails.OwnAnswer::value)
                .containsExactlyInAnyOrder("3", "low");

        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", ann.value()).update();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM own_item")
                        .query(Integer.class)
                        .single())
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM check_in_own_item")
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
