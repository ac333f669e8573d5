package org.voisinage.verification;

import jakarta.validation.constraints.Size;

/** Staff correct a resident's flat or unit; blank for the address's single dwelling. */
public record FlatForm(@Size(max = 120, message = "{validation.tooLong}") String flat) {}
