package org.voisinage.config;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The site's bundles (one for the shell, one per module) answered in one map lookup per code for the languages the
 * site speaks, instead of a walk through every bundle: with 31 bundles the walk took a tenth of a signed-in page's
 * CPU. Same answers as the plain {@link ResourceBundleMessageSource} it extends: for each of {@link #MERGED} the
 * bundles are merged once, the first bundle holding a code winning as in the walk (and each bundle falling back to
 * its parent file as usual); {@code choice} plurals are the same {@link MessageFormat}s, made once per code. Any other
 * locale (a hand-made language cookie) takes the walk. The bundles do not change while the site runs (no cache
 * duration), so nothing here is ever stale.
 */
class MergedBundlesMessageSource extends ResourceBundleMessageSource {

    /** The languages the site speaks (config.WebConfiguration.SUPPORTED): the only locales merged, so memory stays bounded. */
    private static final List<Locale> MERGED = WebConfiguration.SUPPORTED;

    private final Map<Locale, Map<String, String>> merged = new ConcurrentHashMap<>();
    private final Map<Locale, Map<String, MessageFormat>> formats = new ConcurrentHashMap<>();

    @Override
    protected String resolveCodeWithoutArguments(String code, Locale locale) {
        Map<String, String> messages = mergedFor(locale);
        return messages == null ? super.resolveCodeWithoutArguments(code, locale) : messages.get(code);
    }

    @Override
    protected MessageFormat resolveCode(String code, Locale locale) {
        Map<String, String> messages = mergedFor(locale);
        if (messages == null) {
            return super.resolveCode(code, locale);
        }
        String message = messages.get(code);
        if (message == null) {
            return null;
        }
        // only codes the bundles hold get a format: the map stays as small as the bundles
        return formats.computeIfAbsent(locale, l -> new ConcurrentHashMap<>())
                .computeIfAbsent(code, c -> createMessageFormat(message, locale));
    }

    private Map<String, String> mergedFor(Locale locale) {
        if (!MERGED.contains(locale) || getCacheMillis() >= 0) {
            return null;
        }
        return merged.computeIfAbsent(locale, this::merge);
    }

    /** Every code of every bundle in this locale, the first bundle's message for a code held by several. */
    private Map<String, String> merge(Locale locale) {
        Map<String, String> messages = new HashMap<>();
        for (String basename : getBasenameSet()) {
            ResourceBundle bundle = getResourceBundle(basename, locale);
            if (bundle == null) {
                continue;
            }
            for (String code : bundle.keySet()) {
                if (!messages.containsKey(code)) {
                    try {
                        messages.put(code, bundle.getString(code));
                    } catch (MissingResourceException | ClassCastException notAString) {
                        // the walk skips such an entry too
                    }
                }
            }
        }
        return Map.copyOf(messages);
    }
}
