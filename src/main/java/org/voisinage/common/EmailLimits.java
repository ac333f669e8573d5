package org.voisinage.common;

import org.springframework.stereotype.Component;

/**
 * The limit on forms that send an email to an address typed by someone without an account (signup, password
 * reset, following by email, appeal): per client address and per recipient, so that nobody can use the site to
 * flood a mailbox. The recipient is counted whether or not it names an account, so a refusal tells nothing.
 */
@Component
public class EmailLimits {

    static final String PER_IP = "emails-per-ip";
    static final String PER_RECIPIENT = "emails-per-recipient";
    /** The message shown next to the email field when a form is refused. */
    public static final String MESSAGE_KEY = "common.tooManyEmails";

    private final RateLimits limits;

    EmailLimits(RateLimits limits) {
        this.limits = limits;
    }

    /** Takes one email from the client's and the recipient's allowances; false when either is spent. */
    public boolean tryToSend(String clientAddress, String recipient) {
        return limits.tryConsume(PER_IP, String.valueOf(clientAddress)).allowed()
                && limits.tryConsume(PER_RECIPIENT, String.valueOf(recipient)).allowed();
    }
}
