package org.voisinage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.type.filter.AssignableTypeFilter;

/**
 * Every message key the application uses is in both the French and the English bundles (MessageBundlesTests then
 * checks the twins agree): keys written in templates ({@code #{key}}, {@code #messages.msg('key')}), keys passed
 * as message codes in code (rejectValue, reject, flash messages, refusals, {@code {key}} in validation
 * annotations) and the keys enum constants name ({@code labelKey()} and the like). A key built at run time from a
 * literal prefix ({@code #{'agenda.weekday.' + ${d}}}) must at least start some keys. Keys passed to fragments as
 * quoted arguments ({@code field('title', 'challenge.field.title', 'text')}) count as used keys or prefixes too.
 */
class MessageKeysUsedTests {

    private static final String KEY = "[a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_-]+)+";
    private static final Pattern QUOTED_KEY = Pattern.compile("\"(" + KEY + ")\"");
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{\\s*(" + KEY + ")\\s*[(}]");
    private static final Pattern TEMPLATE_MSG = Pattern.compile("#messages\\.msg\\w*\\(\\s*'(" + KEY + ")'");
    private static final Pattern TEMPLATE_PREFIX = Pattern.compile("#\\{\\s*'([a-z][A-Za-z0-9._-]*\\.)'\\s*\\+");
    /** A fragment called with arguments: its quoted key-shaped arguments ({@code 'challenge.field.title'}) are keys. */
    private static final Pattern FRAGMENT_CALL = Pattern.compile("th:(?:replace|insert)=\"([^\"]*)\"");
    private static final Pattern QUOTED_ARGUMENT_KEY = Pattern.compile("'(" + KEY + ")'");
    private static final Pattern QUOTED_ARGUMENT_PREFIX = Pattern.compile("'([a-z][A-Za-z0-9._-]*\\.)'");
    private static final Pattern VALIDATION_KEY = Pattern.compile("\"\\{(" + KEY + ")\\}\"");
    /** A statement that passes message codes: its key-shaped literals are message keys. */
    private static final Pattern MESSAGE_CODE_STATEMENT = Pattern.compile(
            "rejectValue\\(|\\breject\\(|addFlashAttribute\\(\\s*\"(?:success|info|error)\"|Refus|NotFoundException");

    static Set<String> french;
    static Set<String> english;

    @BeforeAll
    static void loadBundles() throws IOException {
        french = keys("classpath*:messages_fr.properties", "classpath*:messages/*_fr.properties");
        english = keys("classpath*:messages_en.properties", "classpath*:messages/*_en.properties");
        assertThat(french).hasSizeGreaterThan(500);
    }

    @Test
    void everyKeyInTheTemplatesIsInBothBundles() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        Map<String, Set<String>> prefixes = new TreeMap<>();
        for (Path template : files(Path.of("src/main/resources/templates"), ".html")) {
            String html = Files.readString(template);
            collect(TEMPLATE_KEY, html, template, used);
            collect(TEMPLATE_MSG, html, template, used);
            collect(TEMPLATE_PREFIX, html, template, prefixes);
            Matcher calls = FRAGMENT_CALL.matcher(html);
            while (calls.find()) {
                collect(QUOTED_ARGUMENT_KEY, calls.group(1), template, used);
                collect(QUOTED_ARGUMENT_PREFIX, calls.group(1), template, prefixes);
            }
        }
        assertThat(used).hasSizeGreaterThan(500);
        assertThat(missing(used)).as("keys used in templates, missing from a bundle").isEmpty();
        Map<String, Set<String>> unknownPrefixes = new TreeMap<>(prefixes);
        unknownPrefixes.keySet().removeIf(prefix -> french.stream().anyMatch(k -> k.startsWith(prefix))
                && english.stream().anyMatch(k -> k.startsWith(prefix)));
        assertThat(unknownPrefixes).as("key prefixes in templates no key of both bundles starts with").isEmpty();
    }

    @Test
    void everyMessageCodeInTheCodeIsInBothBundles() throws IOException {
        Map<String, Set<String>> used = new TreeMap<>();
        for (Path source : files(Path.of("src/main/java"), ".java")) {
            String java = withoutComments(Files.readString(source));
            collect(VALIDATION_KEY, java, source, used);
            for (String statement : java.split(";")) {
                if (MESSAGE_CODE_STATEMENT.matcher(statement).find()) {
                    collect(QUOTED_KEY, statement, source, used);
                }
            }
        }
        used.keySet().removeIf(key -> key.startsWith("jakarta.") || key.startsWith("org."));
        assertThat(used).hasSizeGreaterThan(100);
        assertThat(missing(used)).as("message codes used in code, missing from a bundle").isEmpty();
    }

    @Test
    void everyKeyAnEnumConstantNamesIsInBothBundles() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter(new AssignableTypeFilter(Enum.class));
        Map<String, Set<String>> used = new TreeMap<>();
        int enumsWithKeys = 0;
        for (BeanDefinition definition : scanner.findCandidateComponents("org.voisinage")) {
            Class<?> type = Class.forName(definition.getBeanClassName());
            if (!type.isEnum()) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (method.getParameterCount() == 0 && method.getReturnType() == String.class
                        && !Modifier.isStatic(method.getModifiers())
                        && method.getName().toLowerCase().endsWith("key")) {
                    enumsWithKeys++;
                    method.setAccessible(true);
                    for (Object constant : type.getEnumConstants()) {
                        String key = (String) method.invoke(constant);
                        if (key != null) {
                            used.computeIfAbsent(key, k -> new TreeSet<>())
                                    .add(type.getSimpleName() + "." + constant + "." + method.getName() + "()");
                        }
                    }
                }
            }
        }
        assertThat(enumsWithKeys).isPositive();
        assertThat(missing(used)).as("keys named by enum constants, missing from a bundle").isEmpty();
    }

    /** Each missing key with where it is used and which bundle lacks it. */
    private static Map<String, String> missing(Map<String, Set<String>> used) {
        Map<String, String> missing = new TreeMap<>();
        used.forEach((key, where) -> {
            String lacking = (french.contains(key) ? "" : "fr ") + (english.contains(key) ? "" : "en ");
            if (!lacking.isEmpty()) {
                missing.put(key, "not in " + lacking + "(used in " + where + ")");
            }
        });
        return missing;
    }

    private static void collect(Pattern pattern, String text, Path file, Map<String, Set<String>> into) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.computeIfAbsent(matcher.group(1), k -> new TreeSet<>()).add(file.getFileName().toString());
        }
    }

    private static String withoutComments(String java) {
        return java.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("(?m)^\\s*//.*$", "");
    }

    private static Set<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        }
    }

    private static Set<String> keys(String... patterns) throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String pattern : patterns) {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                Properties properties = new Properties();
                try (InputStream in = resource.getInputStream()) {
                    properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                keys.addAll(properties.stringPropertyNames());
            }
        }
        return keys;
    }
}
