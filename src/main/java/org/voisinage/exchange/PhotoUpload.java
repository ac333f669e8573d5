package org.voisinage.exchange;

import org.springframework.core.io.InputStreamSource;

/**
 * A photo as the author sent it, before {@code common.Photos} checks and re-encodes it: its declared size (refused
 * before reading when too large) and its content, opened when stored. No web type: the controller makes it from the
 * upload.
 */
public record PhotoUpload(long size, InputStreamSource content) {}
