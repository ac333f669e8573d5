package org.voisinage.common;

import java.security.SecureRandom;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keys every instance must share when the configuration sets none (remember-me cookies, signed links, the outbox's
 * sealed secrets): a random key drawn by the first instance that needs it and kept in PostgreSQL, read by every
 * other. Two instances starting together agree: each tries to store its own draw ({@code on conflict do nothing}),
 * then both read the one stored. A key is read once per instance, then kept in memory.
 */
@Component
public class SiteSecrets {

    /** 32 random bytes: the size of an HMAC-SHA256 or AES-256 key. */
    public static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;
    private final Map<String, byte[]> known = new ConcurrentHashMap<>();

    public SiteSecrets(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactionManager);
        // stored whatever becomes of the caller's transaction: a key used must be the one kept
        ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The site's key of this name ({@value #KEY_BYTES} bytes), drawn and stored on its first use. */
    public byte[] key(String name) {
        return known.computeIfAbsent(name, this::loadOrDraw).clone();
    }

    private byte[] loadOrDraw(String name) {
        byte[] drawn = new byte[KEY_BYTES];
        RANDOM.nextBytes(drawn);
        return ownTransaction.execute(status -> {
            jdbc.update("insert into site_secret (name, secret) values (?, ?) on conflict (name) do nothing", name, drawn);
            return jdbc.queryForObject("select secret from site_secret where name = ?", byte[].class, name);
        });
    }
}
