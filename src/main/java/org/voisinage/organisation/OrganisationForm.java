package org.voisinage.organisation;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.voisinage.common.Markdown;

/**
 * What staff type to register or edit an organisation. {@code scope} is "n-{id}" for one neighbourhood or
 * "t-{id}" for a whole territory; a blank slug is made from the name; {@code version} guards edits made at once.
 */
record OrganisationForm(
        Long version,
        @NotNull(message = "{validation.required}") OrganisationKind kind,
        @NotBlank(message = "{validation.required}") @Size(max = 120, message = "{validation.tooLong}") String name,
        @Size(max = 80, message = "{validation.tooLong}") @Pattern(regexp = SLUG, message = "{organisation.slug.invalid}") String slug,
        @NotBlank(message = "{validation.required}") String scope,
        @Size(max = 300, message = "{validation.tooLong}") String address,
        @Size(max = Markdown.MAX_LENGTH, message = "{validation.tooLong}") String description,
        @Size(max = 1000, message = "{validation.tooLong}") String openingHours,
        @Size(max = 30, message = "{validation.tooLong}") @Pattern(regexp = PageForm.PHONE, message = "{organisation.phone.invalid}") String phone,
        @Size(max = 254, message = "{validation.tooLong}") @Email(message = "{validation.email}") String email,
        @Size(max = 300, message = "{validation.tooLong}") @Pattern(regexp = PageForm.WEBSITE, message = "{organisation.website.invalid}") String website) {

    static final String SLUG = "^$|^[a-z0-9]+(-[a-z0-9]+)*$";

    static OrganisationForm empty() {
        return new OrganisationForm(null, OrganisationKind.SHOP, "", "", "", "", "", "", "", "", "");
    }

    static OrganisationForm of(Organisation o) {
        return new OrganisationForm(o.getVersion(), o.getKind(), o.getName(), o.getSlug(),
                o.getNeighbourhoodId() != null ? "n-" + o.getNeighbourhoodId() : "t-" + o.getTerritoryId(),
                o.getAddress(), o.getDescription(), o.getOpeningHours(), o.getPhone(), o.getEmail(), o.getWebsite());
    }
}
