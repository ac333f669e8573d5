package org.voisinage.account;

import jakarta.validation.constraints.NotNull;
import java.util.Set;

/** Staff give a person a role; moderators also get the neighbourhoods they moderate. */
public record RoleForm(@NotNull(message = "{validation.required}") Role role, Set<Long> neighbourhoods) {

    public Set<Long> neighbourhoodsOrNone() {
        return neighbourhoods == null ? Set.of() : neighbourhoods;
    }
}
