package org.voisinage.notification;

import org.springframework.context.ApplicationContext;

/** Lets other modules' mail tests run the outbox sender by hand (it is package-private). */
public final class OutboxDelivery {

    private OutboxDelivery() {}

    public static void sendDue(ApplicationContext context) {
        context.getBean(OutboxSender.class).sendDue();
    }
}
