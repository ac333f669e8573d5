package org.voisinage.verification;

import org.voisinage.account.ResidentDetails;

/** A resident in the staff queue with where each of their proofs stands. */
public record QueueRow(ResidentDetails resident, String neighbourhoodName, LetterView letter, long vouches,
        MemberMatch memberMatch, AuditView lastAudit) {}
