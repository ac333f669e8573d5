package org.voisinage.initiative;

/** A member's part in an initiative. Initiators and co-organisers organise; members take part. */
public enum MemberRole {
    INITIATOR, CO_ORGANISER, MEMBER;

    public boolean organises() {
        return this != MEMBER;
    }

    public String labelKey() {
        return "initiative.role." + name();
    }
}
