package org.voisinage.verification;

import java.util.UUID;

/** Letters just printed: the PDF to download (the codes exist nowhere else) and how many it holds. */
public record LetterBatch(UUID batchId, int count, byte[] pdf) {}
