package org.voisinage.directory.internal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * A chunk of BAN rows already turned into COPY text, so that this work happens on the thread reading the
 * file while the database stores the previous chunk. Streets come once each, numbered in order of first
 * appearance; each address line lacks only its street id, which the loader learns from the database and
 * appends as the last column.
 */
public final class CopyChunk {

    private final int rowCount;
    private final byte[] streets;
    private final String[] streetKeys;
    private final int[] streetOfRow;
    private final byte[] addresses;
    private final int[] addressEnds;

    private CopyChunk(int rowCount, byte[] streets, String[] streetKeys, int[] streetOfRow, byte[] addresses,
            int[] addressEnds) {
        this.rowCount = rowCount;
        this.streets = streets;
        this.streetKeys = streetKeys;
        this.streetOfRow = streetOfRow;
        this.addresses = addresses;
        this.addressEnds = addressEnds;
    }

    /** Within the rows each id appears once (the caller keeps the last line of an id). */
    public static CopyChunk of(Collection<BanRow> rows) {
        Map<String, Integer> streetNumbers = new HashMap<>();
        int[] streetOfRow = new int[rows.size()];
        int[] addressEnds = new int[rows.size()];
        CopyText streetText = new CopyText(rows.size() * 8);
        CopyText addressText = new CopyText(rows.size() * 140);
        int r = 0;
        for (BanRow row : rows) {
            String key = streetKey(row.codePostal(), row.communeNorm(), row.voieNorm());
            Integer street = streetNumbers.get(key);
            if (street == null) {
                street = streetNumbers.size();
                streetNumbers.put(key, street);
                streetText.number(street).tab().field(row.codePostal()).tab().field(row.communeNorm()).tab()
                        .field(row.voieNorm()).tab().field(row.nomVoie()).tab().field(row.nomCommune()).tab()
                        .field(row.codeInsee()).newLine();
            }
            streetOfRow[r] = street;
            // the columns of AddressBulkLoader.ADDRESS_COLUMNS but the last, street_id
            addressText.field(row.id()).tab().field(row.numero()).tab().number(row.numeroInt()).tab()
                    .field(row.rep()).tab().field(row.repNorm()).tab().field(row.nomVoie()).tab()
                    .field(row.codePostal()).tab().field(row.codeInsee()).tab().field(row.nomCommune()).tab()
                    .number(row.lon()).tab().number(row.lat()).tab();
            addressEnds[r++] = addressText.length();
        }
        String[] streetKeys = new String[streetNumbers.size()];
        streetNumbers.forEach((key, number) -> streetKeys[number] = key);
        return new CopyChunk(rows.size(), streetText.bytes(), streetKeys, streetOfRow, addressText.bytes(),
                addressEnds);
    }

    static String streetKey(String codePostal, String communeNorm, String voieNorm) {
        return codePostal + '\u0000' + communeNorm + '\u0000' + voieNorm;
    }

    public int rowCount() {
        return rowCount;
    }

    int streetCount() {
        return streetKeys.length;
    }

    /** COPY text for {@code street_staging}: number, code_postal, commune_norm, voie_norm, names, code_insee. */
    byte[] streets() {
        return streets;
    }

    /** The key of a street by its number, as {@link #streetKey} makes it. */
    String streetKey(int street) {
        return streetKeys[street];
    }

    /** COPY text for the address columns, each row completed with the id of its street. */
    byte[] addresses(long[] streetIds) {
        CopyText out = new CopyText(addresses.length + rowCount * 8);
        int start = 0;
        for (int r = 0; r < rowCount; r++) {
            out.raw(addresses, start, addressEnds[r]).number(streetIds[streetOfRow[r]]).newLine();
            start = addressEnds[r];
        }
        return out.bytes();
    }

    /** COPY text format written straight to UTF-8 bytes: \N for null, backslash escapes for separators. */
    private static final class CopyText {

        private byte[] buffer;
        private int length;

        CopyText(int capacity) {
            buffer = new byte[Math.max(64, capacity)];
        }

        int length() {
            return length;
        }

        byte[] bytes() {
            return Arrays.copyOf(buffer, length);
        }

        CopyText tab() {
            return put((byte) '\t');
        }

        CopyText newLine() {
            return put((byte) '\n');
        }

        CopyText number(long value) {
            return ascii(Long.toString(value));
        }

        CopyText number(double value) {
            return ascii(Double.toString(value));
        }

        CopyText raw(byte[] bytes, int from, int to) {
            ensure(to - from);
            System.arraycopy(bytes, from, buffer, length, to - from);
            length += to - from;
            return this;
        }

        CopyText field(String value) {
            if (value == null) {
                return put((byte) '\\').put((byte) 'N');
            }
            ensure(value.length() * 2);
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (c >= 0x80) {
                    // rare in BAN keys, common in names: encode the rest of the value the slow way
                    return escapedUtf8(value.substring(i));
                }
                switch (c) {
                    case '\\' -> put((byte) '\\').put((byte) '\\');
                    case '\t' -> put((byte) '\\').put((byte) 't');
                    case '\n' -> put((byte) '\\').put((byte) 'n');
                    case '\r' -> put((byte) '\\').put((byte) 'r');
                    default -> buffer[length++] = (byte) c;
                }
            }
            return this;
        }

        private CopyText escapedUtf8(String value) {
            String escaped = value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
            byte[] bytes = escaped.getBytes(StandardCharsets.UTF_8);
            return raw(bytes, 0, bytes.length);
        }

        private CopyText ascii(String text) {
            ensure(text.length());
            for (int i = 0; i < text.length(); i++) {
                buffer[length++] = (byte) text.charAt(i);
            }
            return this;
        }

        private CopyText put(byte b) {
            ensure(1);
            buffer[length++] = b;
            return this;
        }

        private void ensure(int more) {
            if (length + more > buffer.length) {
                buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + more));
            }
        }
    }
}
