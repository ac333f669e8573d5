package org.voisinage.account;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class ResidentUserDetailsService implements UserDetailsService {

    private final ResidentRepository residents;

    ResidentUserDetailsService(ResidentRepository residents) {
        this.residents = residents;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String email) {
        return residents.findByEmail(Resident.normaliseEmail(email)).map(CurrentUser::new)
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
    }
}
