package org.voisinage.verification;

import java.util.List;

/** One resident's file for staff: the queue row, and all their letters and audit lines. */
public record ResidentCase(QueueRow row, List<LetterView> letters, List<AuditView> audit) {}
