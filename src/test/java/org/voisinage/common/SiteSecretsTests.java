package org.voisinage.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The keys every instance must share: drawn by whichever instance needs one first, the same for all of them even when
 * they start together, and a configured key always wins.
 */
@SpringBootTest
// unused MockMvc: the annotations of the other tests, so that they share one cached context
@AutoConfigureMockMvc
class SiteSecretsTests {

    @Autowired JdbcTemplate jdbc;
    @Autowired PlatformTransactionManager transactions;

    @Test
    void twoInstancesAskingAtTheSameMomentGetTheSameStoredKey() throws Exception {
        String name = "test-" + UUID.randomUUID();
        SiteSecrets first = new SiteSecrets(jdbc, transactions);
        SiteSecrets second = new SiteSecrets(jdbc, transactions);
        CyclicBarrier together = new CyclicBarrier(2);
        var a = CompletableFuture.supplyAsync(() -> awaitThen(together, () -> first.key(name)));
        var b = CompletableFuture.supplyAsync(() -> awaitThen(together, () -> second.key(name)));

        assertThat(a.get()).hasSize(SiteSecrets.KEY_BYTES).isEqualTo(b.get());
        assertThat(jdbc.queryForObject("select secret from site_secret where name = ?", byte[].class, name))
                .isEqualTo(a.get());
        // a restart reads it again
        assertThat(new SiteSecrets(jdbc, transactions).key(name)).isEqualTo(a.get());
    }

    @Test
    void aConfiguredKeyWinsOverTheStoredOne() {
        SiteSecrets site = new SiteSecrets(jdbc, transactions);
        SecurityProperties configured = new SecurityProperties("link-secret-from-config", "", "remember-from-config",
                "XSRF-TOKEN");
        assertThat(configured.linkKey(site)).isEqualTo("link-secret-from-config".getBytes(StandardCharsets.UTF_8));
        assertThat(configured.rememberMeKey(site)).isEqualTo("remember-from-config");

        SecurityProperties unset = new SecurityProperties("", "", "", "XSRF-TOKEN");
        assertThat(unset.linkKey(site)).isEqualTo(site.key("link-signing"));
        assertThat(unset.rememberMeKey(site)).hasSize(2 * SiteSecrets.KEY_BYTES)
                .isEqualTo(unset.rememberMeKey(new SiteSecrets(jdbc, transactions)));
    }

    private static byte[] awaitThen(CyclicBarrier barrier, java.util.function.Supplier<byte[]> key) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return key.get();
    }
}
