package org.voisinage.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The code a resident read on their letter, as typed. */
public record CodeForm(@NotBlank(message = "{verification.code.required}") @Size(max = 40, message = "{verification.code.MALFORMED}") String code) {}
