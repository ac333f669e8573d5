package org.voisinage.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Staff create an assisted account: the person's name, postal address (a directory address), flat and language. */
public record AssistedAccountForm(
        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.tooLong}") String displayName,
        @NotBlank(message = "{validation.required}") @Size(max = 12, message = "{validation.tooLong}")
        @Pattern(regexp = "^\\s*\\d{1,5}\\s*[A-Za-z]{0,6}\\s*$", message = "{account.address.number.invalid}")
        String number,
        @NotBlank(message = "{validation.required}") @Size(max = 200, message = "{validation.tooLong}") String street,
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "^\\s*\\d{5}\\s*$", message = "{account.address.postcode.invalid}") String postcode,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String town,
        @Size(max = 120, message = "{validation.tooLong}") String flat,
        @NotNull(message = "{validation.required}") Language language) {

    public static AssistedAccountForm empty() {
        return new AssistedAccountForm("", "", "", "", "", "", Language.FR);
    }

    AddressForm address() {
        return new AddressForm(number, street, postcode, town);
    }
}
