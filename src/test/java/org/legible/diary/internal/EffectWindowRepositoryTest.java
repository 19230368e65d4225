package org.legible.diary.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.legible.accounts.AccountId;
import org.legible.diary.EffectWindow;
import org.legible.support.TestDatabases;
import org.legible.support.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The effect windows a person chose, the same on both databases. */
class EffectWindowRepositoryTest {

    @ParameterizedTest
    @MethodSource("org.legible.support.TestDatabases#both")
    void a_window_is_kept_replaced_and_removed_for_its_account_only(Kind kind) {
        JdbcClient jdbc = JdbcClient.create(TestDatabases.migrated(kind));
        EffectWindowRepository windows = new EffectWindowRepository(jdbc);
        AccountId ann = TestDatabases.account(jdbc, "ann@example.com");
        AccountId bob = TestDatabases.account(jdbc, "bob@example.com");

        windows.put(ann, "heat", new EffectWindow(1, 1));
        windows.put(ann, "own:foot bath", new EffectWindow(0, 2));
        windows.put(ann, "heat", new EffectWindow(2, 7));
        windows.put(bob, "heat", EffectWindow.SAME_DAY);

        assertThat(windows.all(ann))
                .containsExactly(
                        java.util.Map.entry("heat", new EffectWindow(2, 7)),
                        java.util.Map.entry("own:foot bath", new EffectWindow(0, 2)));
        windows.remove(ann, "heat");
        assertThat(windows.all(ann)).containsOnlyKeys("own:foot bath");
        assertThat(windows.all(bob)).containsEntry("heat", EffectWindow.SAME_DAY);

        jdbc.sql("DELETE FROM account WHERE id = :id").param("id", ann.value()).update();
        assertThat(windows.all(ann)).as("they go with the account").isEmpty();
    }
}
