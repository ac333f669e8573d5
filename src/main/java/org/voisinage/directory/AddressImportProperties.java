package org.voisinage.directory;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Address directory imports.
 *
 * @param directory where uploaded BAN files wait for their import (each is deleted once imported)
 * @param addresses a BAN file to import at start-up, after which the application stops ({@link AddressImportCommand});
 *        empty: start as usual
 */
@Validated
@ConfigurationProperties("voisinage.import")
record AddressImportProperties(
        @DefaultValue("var/imports") @NotNull Path directory,
        @DefaultValue("") String addresses) {

    AddressImportProperties {
        addresses = addresses == null ? "" : addresses.strip();
    }
}
