package org.legible.diary;

import java.util.Collection;

/**
 * The red-flag questions of the check-in's "something new or different?" step and of the check-up: leg and foot
 * symptoms that are not fibromyalgia and need a clinician. Each carries how soon, from its source in
 * docs/clinical-basis.md ("Red flags"); two are more urgent when a fever comes with them. The wording of question and
 * advice lives in the message bundles under {@code redFlag.<code>.*}. The order is the order of urgency, then of the
 * questions.
 */
public enum RedFlag implements Coded {
    /** Acute limb ischaemia, the "6 Ps": a surgical emergency. */
    COLD_PALE_LEG(Urgency.NOW, false),
    /** Cauda equina syndrome: immediate referral and emergency MRI. */
    SADDLE_NUMBNESS_OR_BLADDER(Urgency.NOW, false),
    /** DVT (NICE NG158: scan within 4 hours if likely) or cellulitis; with breathlessness, a clot on the lung. */
    ONE_LEG_SWOLLEN_WARM_RED(Urgency.TODAY, false),
    /** Septic arthritis until proven otherwise, even without fever; with fever or feeling unwell, now. */
    HOT_SWOLLEN_JOINT(Urgency.TODAY, true),
    /** Active foot problem (NICE NG19): within one working day; with fever, acute services at once. */
    FOOT_WOUND_NOT_HEALING(Urgency.TODAY, true),
    /** Ischaemic rest pain, eased by hanging the leg down: critical limb ischaemia (NICE CG147, TA223 stage III). */
    FOOT_PAIN_AT_REST_EASED_HANGING_DOWN(Urgency.TODAY, false),
    /** New weakness or foot drop in one leg: a nerve root or nerve under pressure; suddenly, possibly a stroke. */
    ONE_LEG_WEAK_OR_FOOT_DROP(Urgency.TODAY, false),
    /** A fall, twist or knock, or a leg that cannot take weight: the Ottawa rules' reason for an X-ray. */
    INJURY_OR_CANNOT_BEAR_WEIGHT(Urgency.TODAY, false),
    /** Fever with a painful leg: infection of skin, tissue or bone (NICE NG141); sepsis signs mean now (NG51). */
    FEVER_WITH_PAINFUL_LEG(Urgency.TODAY, false),
    /** Intermittent claudication, the first sign of peripheral arterial disease: assessed, not urgent. */
    CALF_PAIN_WALKING_EASES_AT_REST(Urgency.SOON, false);

    /** How soon to get care, most urgent first. */
    public enum Urgency implements Coded {
        NOW,
        TODAY,
        SOON;

        /** Care now or today: the ordinary advice waits until a clinician has seen it. */
        public boolean stopsOrdinaryAdvice() {
            return this != SOON;
        }
    }

    private final Urgency urgency;
    private final boolean nowWithFever;

    RedFlag(Urgency urgency, boolean nowWithFever) {
        this.urgency = urgency;
        this.nowWithFever = nowWithFever;
    }

    /** How soon on its own. */
    public Urgency urgency() {
        return urgency;
    }

    /** How soon when these flags were reported together: a hot joint or a foot wound with a fever is an emergency. */
    public Urgency urgencyAmong(Collection<RedFlag> reported) {
        return raisedByFever(reported) ? Urgency.NOW : urgency;
    }

    /** Whether a fever reported with this flag makes it an emergency. */
    public boolean raisedByFever(Collection<RedFlag> reported) {
        return nowWithFever && reported.contains(FEVER_WITH_PAINFUL_LEG);
    }
}
