package org.voisinage.challenge;

import org.voisinage.common.PhotoUpload;

/** Staff say whether the target kept its word, with an optional note and an optional photo (null: none). */
record Conclusion(boolean fulfilled, String note, PhotoUpload photo) {}
