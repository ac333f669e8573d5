package org.voisinage.initiative;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.voisinage.common.Markdown;

/**
 * Proposing an initiative. The place is optional: a street typed with its number (matched in the address directory,
 * within the neighbourhood's town unless a postcode is given), a directory address picked among suggestions, or free
 * text ("the square behind the school"), or a directory address and a free text detail.
 *
 * @param organisationId carried by this organisation (the proposer is one of its members); null: by the proposer
 */
public record InitiativeForm(
        @NotBlank(message = "{validation.required}") @Size(max = 160, message = "{initiative.title.tooLong}") String title,
        @NotBlank(message = "{validation.required}")
        @Size(max = Markdown.MAX_LENGTH, message = "{initiative.description.tooLong}") String description,
        @NotNull(message = "{validation.required}") InitiativeTheme theme,
        Long organisationId,
        @Size(max = 200, message = "{validation.tooLong}") String placeStreet,
        @Size(max = 10, message = "{validation.tooLong}") String placePostcode,
        @Size(max = 200, message = "{validation.tooLong}") String placeAddressId,
        @Size(max = 300, message = "{validation.tooLong}") String placeText) {

    public static InitiativeForm empty() {
        return new InitiativeForm("", "", null, null, "", "", "", "");
    }

    public static InitiativeForm of(String title, String description, InitiativeTheme theme) {
        return new InitiativeForm(title, description, theme, null, null, null, null, null);
    }
}
