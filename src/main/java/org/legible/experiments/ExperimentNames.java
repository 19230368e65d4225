package org.legible.experiments;

import java.util.Locale;
import org.legible.diary.Vocabulary.Strategy;
import org.legible.insights.BlockSchedule.Arm;
import org.springframework.context.MessageSource;

/**
 * An experiment's name in the reader's language ("Heat", "Heat on and off", "Heat against stretching", "Medication:
 * 150 mg at night against 75 mg twice a day") and what each of its arms asks for ("with heat", "without heat", "with
 * medication (150 mg at night)").
 */
public final class ExperimentNames {

    private final MessageSource messages;
    private final Locale locale;

    public ExperimentNames(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /**
     * An experiment's result with its words, for pages drawn where these names cannot be made (the clinician report
     * and its PDF): for the first kind, {@code armA} is the strategy's name and {@code armB} empty.
     */
    public record Named(Experiments.Result result, String name, String armA, String armB) {}

    public Named named(Experiments.Result result) {
        Experiment experiment = result.experiment();
        boolean blocks = experiment.blocks() != null;
        return new Named(
                result,
                name(experiment),
                blocks ? armA(experiment) : strategy(experiment.strategy()),
                blocks ? armB(experiment) : "");
    }

    public String name(Experiment experiment) {
        String a = strategy(experiment.strategy());
        Experiment.Blocks blocks = experiment.blocks();
        return switch (experiment.design()) {
            case BEFORE_AND_AFTER -> a;
            case ON_AND_OFF -> message("experiments.name.on-off", a);
            case A_AGAINST_B ->
                blocks.against() == experiment.strategy()
                        ? message("experiments.name.ways", a, blocks.wayA(), blocks.wayB())
                        : message("experiments.name.a-against-b", named(experiment, Arm.A), named(experiment, Arm.B));
        };
    }

    /** What an arm's blocks ask for: "with heat", "without heat" (B of on and off), "with medication (at night)". */
    public String arm(Experiment experiment, Arm arm) {
        if (arm == Arm.B && experiment.blocks().against() == null) {
            return message("experiments.arm.without", strategy(experiment.strategy()));
        }
        String way = experiment.blocks().way(arm);
        String strategy = strategy(experiment.strategy(arm));
        return way == null ? message("experiments.arm.with", strategy) : message("experiments.arm.way", strategy, way);
    }

    public String armA(Experiment experiment) {
        return arm(experiment, Arm.A);
    }

    public String armB(Experiment experiment) {
        return arm(experiment, Arm.B);
    }

    public String strategy(Strategy strategy) {
        return messages.getMessage("strategy." + strategy.code(), null, locale);
    }

    /** An arm's strategy in a name, with its way where one was named: "Heat" or "Heat (20 minutes)". */
    private String named(Experiment experiment, Arm arm) {
        String way = experiment.blocks().way(arm);
        String strategy = strategy(experiment.strategy(arm));
        return way == null ? strategy : message("experiments.name.way", strategy, way);
    }

    private String message(String key, Object... args) {
        return messages.getMessage(key, args, locale);
    }
}
