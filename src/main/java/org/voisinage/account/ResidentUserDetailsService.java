package org.voisinage.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who signs in, read by email; also rewrites an outdated password hash (bcrypt) once the password matched. */
@Service
class ResidentUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final ResidentRepository residents;
    private final java.time.Clock clock;

    ResidentUserDetailsService(ResidentRepository residents, java.time.Clock clock) {
        this.residents = residents;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return residents.findByEmail(Resident.normaliseEmail(email)).map(resident -> new CurrentUser(resident, clock.instant()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }

    /**
     * Stores the password, just checked, hashed the current way. Not a change of password: the person's sessions
     * and remember-me cookies are not ended for it (the remember-me cookie set at this sign-in uses the new hash).
     */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPasswordHash) {
        Resident resident = residents.findByEmail(Resident.normaliseEmail(user.getUsername()))
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        resident.rehashPassword(newPasswordHash);
        return new CurrentUser(resident, clock.instant());
    }
}
