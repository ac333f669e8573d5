package org.voisinage.notification.internal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Extra email headers stored as text, one {@code Name: value} line each, as they appear in the email.
 * Names are header tokens and values single lines, so a caller's data can never add a header
 * (header injection); the headers the outbox writes itself may not be overridden.
 */
public final class HeaderLines {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]*");
    private static final Set<String> RESERVED = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);

    static {
        RESERVED.addAll(Set.of("From", "To", "Cc", "Bcc", "Subject", "Date", "Message-ID", "MIME-Version",
                "Content-Type", "Content-Transfer-Encoding", "Content-Language"));
    }

    private HeaderLines() {}

    /** @throws IllegalArgumentException for a malformed or reserved name, or a value on several lines */
    public static String format(Map<String, String> headers) {
        StringBuilder lines = new StringBuilder();
        headers.forEach((name, value) -> {
            if (name == null || !NAME.matcher(name).matches() || RESERVED.contains(name)) {
                throw new IllegalArgumentException("Header name not allowed: " + name);
            }
            if (value == null || value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("Header value must be one line: " + name);
            }
            lines.append(name).append(": ").append(value.strip()).append('\n');
        });
        return lines.toString();
    }

    public static Map<String, String> parse(String lines) {
        if (lines == null || lines.isEmpty()) {
            return Collections.emptyMap();
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line : lines.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0) {
                headers.put(line.substring(0, colon), line.substring(colon + 1).strip());
            }
        }
        return Collections.unmodifiableMap(headers);
    }
}
