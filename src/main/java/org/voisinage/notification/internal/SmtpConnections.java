package org.voisinage.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.util.StringUtils;

/**
 * Sends messages over a few SMTP connections in parallel: a fixed pool of threads, each opening its own
 * connection and taking messages from a shared queue until it is empty. Most of the time of a send is waiting
 * for the server's replies (MAIL FROM, RCPT TO, DATA, end of data), so several connections deliver several
 * times faster. A connection that cannot be opened, or breaks, leaves the messages it did not take to the
 * others; what no connection could send is reported failed, never lost.
 *
 * <p>Messages go straight to {@link Transport#sendMessage}: no {@code saveChanges()} here (the caller built
 * them complete) and no NOOP before each message (what {@link JavaMailSenderImpl#send} does to check its
 * connection, one more round trip per message).
 */
public final class SmtpConnections implements AutoCloseable {

    private final JavaMailSenderImpl server;
    private final int connections;
    private final ExecutorService threads;

    /**
     * @param server where and how to connect (Spring Boot's {@code spring.mail.*}), and the mail session
     * @param connections at most this many connections at once
     */
    public SmtpConnections(JavaMailSenderImpl server, int connections) {
        if (connections < 1) {
            throw new IllegalArgumentException("voisinage.mail.connections must be at least 1: " + connections);
        }
        this.server = server;
        this.connections = connections;
        AtomicInteger count = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(connections, task -> {
            Thread thread = new Thread(task, "outbox-smtp-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /**
     * What happened to each message.
     *
     * @param delivered accepted by the server
     * @param failures every other message, with why it was not sent
     */
    public record Outcome(Set<MimeMessage> delivered, Map<MimeMessage, String> failures) {}

    /** Returns once every message was sent or given up; a message is delivered only if the server accepted it. */
    public Outcome send(List<MimeMessage> messages) {
        // MimeMessage keeps Object's identity equality: these are sets of these very messages
        Set<MimeMessage> delivered = ConcurrentHashMap.newKeySet();
        Map<MimeMessage, String> failures = new ConcurrentHashMap<>();
        Queue<MimeMessage> pending = new ConcurrentLinkedQueue<>(messages);
        List<Future<String>> workers = new ArrayList<>();
        for (int i = 0; i < Math.min(connections, messages.size()); i++) {
            workers.add(threads.submit(() -> drain(pending, delivered, failures)));
        }
        String lastConnectionError = null;
        for (Future<String> worker : workers) {
            String error = outcomeOf(worker);
            if (error != null) {
                lastConnectionError = error;
            }
        }
        // taken by no connection (none could connect), or lost with a thread that died unexpectedly
        String why = lastConnectionError == null ? "not sent" : lastConnectionError;
        for (MimeMessage message : messages) {
            if (!delivered.contains(message)) {
                failures.putIfAbsent(message, why);
            }
        }
        return new Outcome(Collections.unmodifiableSet(delivered), Collections.unmodifiableMap(failures));
    }

    /** One connection's work. Returns why the connection ended early, or null when the queue was emptied. */
    private String drain(Queue<MimeMessage> pending, Set<MimeMessage> delivered, Map<MimeMessage, String> failures) {
        Transport transport;
        try {
            transport = connect();
        } catch (MessagingException | RuntimeException e) {
            return e.toString();
        }
        try {
            MimeMessage message;
            while ((message = pending.poll()) != null) {
                try {
                    transport.sendMessage(message, message.getAllRecipients());
                    delivered.add(message);
                } catch (MessagingException | RuntimeException e) {
                    failures.put(message, e.toString());
                    // a refused recipient fails its message only; a broken connection stops this worker
                    if (!transport.isConnected()) {
                        return e.toString();
                    }
                }
            }
            return null;
        } finally {
            try {
                transport.close();
            } catch (MessagingException e) {
                // the messages were sent or not already; nothing to do about a failing QUIT
            }
        }
    }

    /** As {@link JavaMailSenderImpl} connects. */
    private Transport connect() throws MessagingException {
        String protocol = StringUtils.hasLength(server.getProtocol()) ? server.getProtocol()
                : server.getSession().getProperty("mail.transport.protocol");
        Transport transport = server.getSession().getTransport(StringUtils.hasLength(protocol) ? protocol : "smtp");
        String username = server.getUsername();
        String password = server.getPassword();
        if ("".equals(username)) {
            username = null;
            if ("".equals(password)) {
                password = null;
            }
        }
        transport.connect(server.getHost(), server.getPort(), username, password);
        return transport;
    }

    private static String outcomeOf(Future<String> worker) {
        try {
            return worker.get();
        } catch (ExecutionException e) {
            return e.getCause().toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }

    /** Stops the threads; a send in progress ends with its SMTP timeouts at worst. */
    @Override
    public void close() {
        threads.shutdownNow();
    }
}
