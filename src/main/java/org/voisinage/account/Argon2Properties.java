package org.voisinage.account;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The cost of a password hash (Argon2id), see {@link PasswordHashing}.
 *
 * @param memoryKib memory per hash, in KiB
 * @param iterations passes over that memory
 * @param parallelism lanes
 */
@Validated
@ConfigurationProperties("voisinage.security.argon2")
record Argon2Properties(
        @DefaultValue("16384") @Positive int memoryKib,
        @DefaultValue("2") @Positive int iterations,
        @DefaultValue("1") @Positive int parallelism) {}
