package org.voisinage.common;

import org.springframework.core.io.InputStreamSource;

/**
 * A photo as its sender sent it, before {@link Photos} checks and re-encodes it: its declared size (refused before
 * reading when too large) and its content, opened when stored. No web type: a controller makes it from the upload
 * ({@code new PhotoUpload(file.getSize(), file::getInputStream)}).
 */
public record PhotoUpload(long size, InputStreamSource content) {}
