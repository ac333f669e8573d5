package org.voisinage.directory;

import java.io.IOException;
import java.io.InputStream;

/** Where an import reads its BAN file from (a file, a classpath resource, an upload), opened when the import runs. */
@FunctionalInterface
public interface ImportSource {

    InputStream open() throws IOException;
}
