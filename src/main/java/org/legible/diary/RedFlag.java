package org.legible.diary;

/**
 * The red-flag questions of the check-in's "something new or different?" step (clinical_reference.md §6): leg and
 * foot symptoms that are not fibromyalgia and need a clinician soon. Each carries how soon, from its source; the
 * wording of question and advice lives in the message bundles under {@code redFlag.<code>.*}.
 */
public enum RedFlag implements Coded {
    /** Acute limb ischaemia, the "6 Ps": a surgical emergency (§6.3). */
    COLD_PALE_LEG(Urgency.NOW),
    /** Cauda equina syndrome: immediate referral and emergency MRI (§6.4). */
    SADDLE_NUMBNESS_OR_BLADDER(Urgency.NOW),
    /** DVT (NICE NG158: scan within 4 hours if likely) or cellulitis (NICE NG141) (§6.1, §6.5). */
    ONE_LEG_SWOLLEN_WARM_RED(Urgency.TODAY),
    /** Septic arthritis until proven otherwise, even without fever; gout looks alike (§6.5, §6.7). */
    HOT_SWOLLEN_JOINT(Urgency.TODAY),
    /** Active foot problem: refer within one working day, at once with fever or spreading redness (§6.6). */
    FOOT_WOUND_NOT_HEALING(Urgency.TODAY),
    /** Intermittent claudication, the first sign of peripheral arterial disease: assessed, not urgent (§6.2). */
    CALF_PAIN_WALKING_EASES_AT_REST(Urgency.SOON);

    /** How soon to get care. */
    public enum Urgency implements Coded {
        NOW,
        TODAY,
        SOON
    }

    private final Urgency urgency;

    RedFlag(Urgency urgency) {
        this.urgency = urgency;
    }

    public Urgency urgency() {
        return urgency;
    }
}
