package org.voisinage.challenge;

import java.time.Instant;

/** An action as pages show it. */
public record ActionView(long id, String title, String description, Theme theme, ActionStatus status,
        Long mergedIntoId, String declineReason, Instant createdAt) {}
