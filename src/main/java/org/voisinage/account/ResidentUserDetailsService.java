package org.voisinage.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ResidentUserDetailsService implements UserDetailsService {

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
}
