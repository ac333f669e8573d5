package org.voisinage.moderation;

/** Why a resident reports content. Stable codes; labels from the bundles. OTHER asks for a text. */
public enum ReportReason {
    SPAM, OFFENSIVE, OFF_TOPIC, DANGEROUS, OTHER;

    public String labelKey() {
        return "moderation.reason." + name();
    }
}
