package org.legible.experiments;

import java.util.Locale;
import org.legible.diary.Vocabulary.Strategy;
import org.springframework.context.MessageSource;

/** An experiment's name in the reader's language: "Heat", "Heat on and off" or "Heat against stretching". */
public final class ExperimentNames {

    private final MessageSource messages;
    private final Locale locale;

    public ExperimentNames(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    public String name(Experiment experiment) {
        String a = strategy(experiment.strategy());
        return switch (experiment.design()) {
            case BEFORE_AND_AFTER -> a;
            case ON_AND_OFF -> messages.getMessage("experiments.name.on-off", new Object[] {a}, locale);
            case A_AGAINST_B ->
                messages.getMessage(
                        "experiments.name.a-against-b",
                        new Object[] {a, strategy(experiment.blocks().against())},
                        locale);
        };
    }

    /** What a block asks for: "with heat" or "without heat". */
    public String arm(Strategy strategy, boolean without) {
        return messages.getMessage(
                without ? "experiments.arm.without" : "experiments.arm.with",
                new Object[] {strategy(strategy)},
                locale);
    }

    public String strategy(Strategy strategy) {
        return messages.getMessage("strategy." + strategy.code(), null, locale);
    }
}
