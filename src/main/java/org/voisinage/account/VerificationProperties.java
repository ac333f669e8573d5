package org.voisinage.account;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Limits on verified residents.
 *
 * @param maxVerifiedPerAddress verified residents one postal address may hold
 */
@Validated
@ConfigurationProperties("voisinage.verification")
record VerificationProperties(@DefaultValue("6") @Positive int maxVerifiedPerAddress) {}
