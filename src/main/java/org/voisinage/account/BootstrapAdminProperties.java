package org.voisinage.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator {@link AdminBootstrap} creates on an empty site; nothing is created without an email.
 *
 * @param email the administrator's address (blank: none)
 * @param password the administrator's password, checked against the password policy
 */
@ConfigurationProperties("voisinage.bootstrap-admin")
record BootstrapAdminProperties(String email, String password) {

    BootstrapAdminProperties {
        email = email == null ? "" : email;
        password = password == null ? "" : password;
    }
}
