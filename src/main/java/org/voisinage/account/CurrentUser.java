package org.voisinage.account;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in person as kept in the session: identity and role only. Status and neighbourhood change
 * while a session lives (staff verify a resident), so pages read them fresh through {@link Residents}.
 */
public final class CurrentUser implements UserDetails, Serializable {

    private final long id;
    private final String email;
    private final String passwordHash;
    private final Role role;

    CurrentUser(Resident resident) {
        this.id = resident.getId();
        this.email = resident.getEmail();
        this.passwordHash = resident.getPasswordHash();
        this.role = resident.getRole();
    }

    public long id() { return id; }
    public Role role() { return role; }

    public boolean isStaff() {
        return role == Role.STAFF || role == Role.ADMIN;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() { return passwordHash; }

    @Override
    public String getUsername() { return email; }
}
