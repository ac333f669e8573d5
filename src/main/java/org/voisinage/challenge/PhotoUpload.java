package org.voisinage.challenge;

/**
 * A photo as a service takes it, read from a web upload by the controller: its bytes (at most one more than
 * {@link org.voisinage.common.Photos#MAX_BYTES}, so a larger file is still refused as too large), the content type
 * and the file name the browser sent.
 */
record PhotoUpload(byte[] bytes, String contentType, String filename) {}
