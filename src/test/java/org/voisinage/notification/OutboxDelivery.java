package org.voisinage.notification;

import org.springframework.context.ApplicationContext;

/**
 * Lets other modules' mail tests run the outbox sender by hand (it is package-private), and read an email as
 * its recipient does.
 */
public final class OutboxDelivery {

    private OutboxDelivery() {}

    public static void sendDue(ApplicationContext context) {
        context.getBean(OutboxSender.class).sendDue();
    }

    /** The last email to this address as its recipient gets it, links usable (the outbox masks them). */
    public static OutboxMessage latestAsSentTo(ApplicationContext context, String recipient) {
        return context.getBean(Outbox.class).latestAsSentTo(recipient).orElseThrow();
    }
}
