package org.voisinage.verification;

import java.time.Instant;
import java.util.UUID;

/** Printed letters not yet marked as posted. */
public record UnsentBatch(UUID batchId, Instant printedAt, long letters) {}
