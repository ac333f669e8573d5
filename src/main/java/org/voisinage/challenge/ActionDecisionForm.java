package org.voisinage.challenge;

import jakarta.validation.constraints.Size;

/** Staff decide on a proposed action: publish, merge into another (mergeIntoId), or decline (reason required). */
public record ActionDecisionForm(String decision, Long mergeIntoId,
        @Size(max = 1000, message = "{validation.tooLong}") String reason) {}
