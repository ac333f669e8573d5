package org.voisinage.web;

import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;

/**
 * The request parameters a handler really binds, read from its signature (its {@code @RequestParam}s and the
 * components of the records it binds as forms), and values to attack them with: a plausible value per type, to
 * get past binding into the handler, and hostile ones per type (empty, 100,000 characters, NUL bytes and
 * unusual unicode, markup, SQL, numbers out of range, impossible dates, unknown enum constants).
 */
final class HostileForms {

    private HostileForms() {}

    /** One bound parameter: its request name, its type and, for a list or array, the type of its elements. */
    record Field(String name, Class<?> type, Class<?> element) {

        boolean isFile() {
            return MultipartFile.class.isAssignableFrom(element);
        }

        boolean isMany() {
            return type != element;
        }
    }

    static final String LONG_TEXT = "é".repeat(100_000);

    static final List<String> TEXTS = List.of("", LONG_TEXT, "\u0000nul\u0000 byte", MatrixFixtures.HOSTILE,
            "' OR '1'='1'; drop table resident; --", "\uD83D\uDE00\u202Etxet\u0301\uFEFF\uFFFF", "   ",
            "%s %n {0} ${7*7} #{7*7} [[${7*7}]]", "javascript:alert(1)", "-1");
    static final List<String> NUMBERS = List.of("-1", "", "99999999999999999999", "-2147483649", "2147483648",
            "9223372036854775807", "-9223372036854775808", "1e309", "NaN", "0", "abc", "1.5");
    static final List<String> DATES = List.of("2026-13-45", "", "31/02/2026", "+999999999-12-31", "9999-12-31",
            "0000-01-01", "1900-01-01", "2026-02-30", "\u0000");
    static final List<String> TIMES = List.of("25:61", "", "24:00", "-01:00", "23:59:59.999999999", "midi");
    static final List<String> DATE_TIMES = List.of("2026-13-45T25:00", "", "9999-12-31T23:59", "demain");
    static final List<String> BOOLEANS = List.of("maybe", "", "on", "2");
    static final List<String> UUIDS = List.of("not-a-uuid", "", "00000000-0000-0000-0000-000000000000");

    /** The parameters a handler binds from the request, path variables and the signed-in person left out. */
    static List<Field> fields(HandlerMethod handler) {
        List<Field> fields = new ArrayList<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            if (parameter.hasParameterAnnotation(PathVariable.class)
                    || parameter.hasParameterAnnotation(AuthenticationPrincipal.class)) {
                continue;
            }
            Parameter reflected = parameter.getMethod().getParameters()[parameter.getParameterIndex()];
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            Class<?> type = parameter.getParameterType();
            if (param != null) {
                if (!Map.class.isAssignableFrom(type)) {
                    String name = !param.name().isEmpty() ? param.name() : reflected.getName();
                    fields.add(field(name, type, reflected.getParameterizedType()));
                }
            } else if (type.isRecord() || parameter.hasParameterAnnotation(ModelAttribute.class)) {
                addComponents("", type, fields, 0);
            }
        }
        return fields;
    }

    private static void addComponents(String prefix, Class<?> type, List<Field> fields, int depth) {
        if (!type.isRecord()) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> componentType = component.getType();
            if (componentType.isRecord() && depth < 2) {
                addComponents(prefix + component.getName() + ".", componentType, fields, depth + 1);
            } else {
                fields.add(field(prefix + component.getName(), componentType, component.getGenericType()));
            }
        }
    }

    private static Field field(String name, Class<?> type, Type generic) {
        Class<?> element = type;
        if (type.isArray()) {
            element = type.getComponentType();
        } else if (Collection.class.isAssignableFrom(type) && generic instanceof ParameterizedType p
                && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            element = c;
        } else if (Collection.class.isAssignableFrom(type)) {
            element = String.class;
        }
        return new Field(name, type, element);
    }

    /** A value binding accepts and the handler may well take: the request reaches the rules. */
    static String plausible(Field field) {
        Class<?> type = wrap(field.element());
        String name = field.name().toLowerCase(Locale.ROOT);
        if (type == String.class) {
            if (name.contains("email")) {
                return "voisin.hostile@test.voisinage.test";
            }
            return name.contains("url") || name.contains("website") ? "https://example.org/" : "Texte de test";
        }
        if (Number.class.isAssignableFrom(type)) {
            return "1";
        }
        if (type == Boolean.class) {
            return "true";
        }
        if (type == LocalDate.class) {
            return LocalDate.now().plusDays(10).toString();
        }
        if (type == LocalTime.class) {
            return "18:00";
        }
        if (type == LocalDateTime.class) {
            return LocalDate.now().plusDays(10).atTime(18, 0).toString();
        }
        if (type.isEnum()) {
            return ((Enum<?>) type.getEnumConstants()[0]).name();
        }
        if (type == UUID.class) {
            return UUID.nameUUIDFromBytes(name.getBytes()).toString();
        }
        return "Texte de test";
    }

    /** The {@code n}th hostile value for this field's type (taken round the list). */
    static String hostile(Field field, int n) {
        List<String> values = hostileValues(wrap(field.element()));
        return values.get(Math.floorMod(n, values.size()));
    }

    private static List<String> hostileValues(Class<?> type) {
        if (Number.class.isAssignableFrom(type)) {
            return NUMBERS;
        }
        if (type == Boolean.class) {
            return BOOLEANS;
        }
        if (type == LocalDate.class) {
            return DATES;
        }
        if (type == LocalTime.class) {
            return TIMES;
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return DATE_TIMES;
        }
        if (type == UUID.class) {
            return UUIDS;
        }
        if (type.isEnum()) {
            String first = ((Enum<?>) type.getEnumConstants()[0]).name();
            return List.of("NO_SUCH_CONSTANT", "", first.toLowerCase(Locale.ROOT), MatrixFixtures.SCRIPT, "\u0000");
        }
        return TEXTS;
    }

    private static Class<?> wrap(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == boolean.class) {
            return Boolean.class;
        }
        return type == char.class ? String.class : Number.class;
    }
}
