package org.voisinage.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Step 1 of signup: the postal address, as the person writes it. */
public record AddressForm(
        @NotBlank(message = "{validation.required}") @Size(max = 12, message = "{validation.tooLong}")
        @Pattern(regexp = "^\\s*\\d{1,5}\\s*[A-Za-z]{0,6}\\s*$", message = "{account.address.number.invalid}")
        String number,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String street,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "^\\s*\\d{5}\\s*$", message = "{account.address.postcode.invalid}") String postcode,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String town) {

    static AddressForm empty() {
        return new AddressForm("", "", "", "");
    }
}
