package org.voisinage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Every key in a French bundle is in its English twin and the other way round, none left empty. */
class MessageBundlesTests {

    @Test
    void frenchAndEnglishBundlesHaveTheSameKeys() throws IOException {
        Resource[] french = new PathMatchingResourcePatternResolver().getResources("classpath*:messages*/**/*_fr.properties");
        Resource[] root = new PathMatchingResourcePatternResolver().getResources("classpath*:messages_fr.properties");
        assertThat(root).hasSize(1);
        for (Resource fr : concat(root, french)) {
            Resource en = fr.createRelative(fr.getFilename().replace("_fr.properties", "_en.properties"));
            assertThat(en.exists()).as("English twin of %s", fr.getFilename()).isTrue();
            Properties frKeys = load(fr);
            Properties enKeys = load(en);
            Set<String> missingInEnglish = new TreeSet<>(frKeys.stringPropertyNames());
            missingInEnglish.removeAll(enKeys.stringPropertyNames());
            Set<String> missingInFrench = new TreeSet<>(enKeys.stringPropertyNames());
            missingInFrench.removeAll(frKeys.stringPropertyNames());
            assertThat(missingInEnglish).as("keys of %s missing in English", fr.getFilename()).isEmpty();
            assertThat(missingInFrench).as("keys of %s missing in French", fr.getFilename()).isEmpty();
            frKeys.forEach((k, v) -> assertThat(v.toString()).as("French %s", k).isNotBlank());
            enKeys.forEach((k, v) -> assertThat(v.toString()).as("English %s", k).isNotBlank());
        }
    }

    private static Resource[] concat(Resource[] a, Resource[] b) {
        Resource[] all = new Resource[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static Properties load(Resource resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
