package org.voisinage.directory;

/**
 * A BAN file staff uploaded, as {@link AddressImports#startUpload} takes it: its content, the name it was sent under
 * (shown in the journal, never used as a path) and who sent it.
 */
public record AddressUpload(ImportSource content, String fileName, String startedBy) {}
