package org.voisinage.account;

import jakarta.validation.constraints.Size;

/** The flat at a resident's new address; the address itself is an {@link AddressForm}, written as at signup. */
public record MoveForm(@Size(max = 120, message = "{validation.tooLong}") String flat) {}
