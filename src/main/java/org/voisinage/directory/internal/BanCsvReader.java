package org.voisinage.directory.internal;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.voisinage.directory.ImportFailure;
import org.voisinage.directory.ImportRejection;
import org.voisinage.directory.RejectionReason;

/**
 * Reads a BAN CSV file (semicolon separated, first line the header) one line at a time, plain or gzipped
 * (told apart by the gzip magic bytes, not the name). Columns are found by their header name, so extra or
 * missing optional columns are fine. Each line comes back as a valid {@link BanRow} or a rejection.
 */
public final class BanCsvReader implements Closeable {

    static final List<String> REQUIRED = List.of("id", "numero", "nom_voie", "code_postal", "nom_commune", "lon", "lat");
    private static final int MAX_DETAIL = 100;
    /** Streets and towns repeat on every line; normalising each name once keeps the import fast. */
    private static final int MAX_CACHED_NAMES = 200_000;

    private final CountingInputStream counter;
    private final BufferedReader lines;
    private final int columnCount;
    private final int id;
    private final int numero;
    private final int rep;
    private final int nomVoie;
    private final int codePostal;
    private final int codeInsee;
    private final int nomCommune;
    private final int lon;
    private final int lat;
    private final int[] required;
    private final Map<String, String> streets = new HashMap<>();
    private final Map<String, String> towns = new HashMap<>();
    private final List<String> fields = new ArrayList<>(32);
    private long lineNumber = 1;

    private BanCsvReader(CountingInputStream counter, BufferedReader lines, List<String> header) {
        this.counter = counter;
        this.lines = lines;
        this.columnCount = header.size();
        this.id = header.indexOf("id");
        this.numero = header.indexOf("numero");
        this.rep = header.indexOf("rep");
        this.nomVoie = header.indexOf("nom_voie");
        this.codePostal = header.indexOf("code_postal");
        this.codeInsee = header.indexOf("code_insee");
        this.nomCommune = header.indexOf("nom_commune");
        this.lon = header.indexOf("lon");
        this.lat = header.indexOf("lat");
        this.required = REQUIRED.stream().mapToInt(header::indexOf).toArray();
    }

    /**
     * Reads the header. Closes the stream when it fails.
     *
     * @throws BanFileException without a header or when a required column is missing
     */
    public static BanCsvReader open(InputStream raw) throws IOException {
        CountingInputStream counter = new CountingInputStream(raw);
        try {
            BufferedInputStream buffered = new BufferedInputStream(counter, 1 << 16);
            buffered.mark(2);
            int first = buffered.read();
            int second = buffered.read();
            buffered.reset();
            InputStream content = first == 0x1f && second == 0x8b ? new GZIPInputStream(buffered, 1 << 16) : buffered;
            BufferedReader lines = new BufferedReader(new InputStreamReader(content, StandardCharsets.UTF_8), 1 << 16);
            String headerLine = lines.readLine();
            if (headerLine == null || headerLine.isBlank()) {
                throw new BanFileException(ImportFailure.EMPTY_FILE, null);
            }
            if (headerLine.startsWith("\uFEFF")) {
                headerLine = headerLine.substring(1);
            }
            List<String> header = new ArrayList<>();
            split(headerLine, header);
            header.replaceAll(name -> name.trim().toLowerCase(java.util.Locale.ROOT));
            List<String> missing = REQUIRED.stream().filter(name -> !header.contains(name)).toList();
            if (!missing.isEmpty()) {
                throw new BanFileException(ImportFailure.MISSING_COLUMNS, String.join(", ", missing));
            }
            return new BanCsvReader(counter, lines, header);
        } catch (IOException | RuntimeException e) {
            counter.close();
            throw e;
        }
    }

    /** The next line as a {@link BanRow} or an {@link ImportRejection}; null at the end of the file. */
    public Object next() throws IOException {
        String line;
        do {
            line = lines.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
        } while (line.isBlank());
        return parse(line);
    }

    /** Bytes of the file read so far (compressed bytes for gzip), for progress. */
    public long bytesRead() {
        return counter.count;
    }

    private Object parse(String line) {
        split(line, fields);
        if (fields.size() != columnCount) {
            return reject(RejectionReason.COLUMN_COUNT, columnCount + " / " + fields.size());
        }
        for (int i = 0; i < required.length; i++) {
            if (fields.get(required[i]).isBlank()) {
                return reject(RejectionReason.MISSING_FIELD, REQUIRED.get(i));
            }
        }
        String number = fields.get(numero).trim();
        int numberValue = parseNumber(number);
        if (numberValue < 0) {
            return reject(RejectionReason.BAD_NUMBER, number);
        }
        String postcode = fields.get(codePostal).trim();
        if (!isPostcode(postcode)) {
            return reject(RejectionReason.BAD_POSTCODE, postcode);
        }
        double longitude;
        double latitude;
        try {
            longitude = Double.parseDouble(fields.get(lon).trim());
            latitude = Double.parseDouble(fields.get(lat).trim());
        } catch (NumberFormatException e) {
            return reject(RejectionReason.BAD_COORDINATES, fields.get(lon) + " " + fields.get(lat));
        }
        if (!(longitude >= -180 && longitude <= 180 && latitude >= -90 && latitude <= 90)) {
            return reject(RejectionReason.COORDINATES_OUT_OF_RANGE, longitude + " " + latitude);
        }
        String street = fields.get(nomVoie).trim();
        String streetKey = normalised(streets, street, true);
        if (streetKey.isEmpty()) {
            return reject(RejectionReason.MISSING_FIELD, "nom_voie");
        }
        String town = fields.get(nomCommune).trim();
        String townKey = normalised(towns, town, false);
        if (townKey.isEmpty()) {
            return reject(RejectionReason.MISSING_FIELD, "nom_commune");
        }
        String repetition = rep < 0 ? null : emptyToNull(fields.get(rep).trim());
        String insee = codeInsee < 0 ? null : emptyToNull(fields.get(codeInsee).trim());
        return new BanRow(lineNumber, fields.get(id).trim(), number, numberValue, repetition,
                AddressNormaliser.repetition(repetition), street, streetKey, postcode, insee, town, townKey,
                longitude, latitude);
    }

    private ImportRejection reject(RejectionReason reason, String detail) {
        String shortDetail = detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL);
        return new ImportRejection(lineNumber, reason, shortDetail);
    }

    private static String normalised(Map<String, String> cache, String name, boolean street) {
        String key = cache.get(name);
        if (key == null) {
            if (cache.size() > MAX_CACHED_NAMES) {
                cache.clear();
            }
            key = street ? AddressNormaliser.street(name) : AddressNormaliser.town(name);
            cache.put(name, key);
        }
        return key;
    }

    /** A BAN numero is a whole number (0 to 99999 for named places); -1 when it is not. */
    private static int parseNumber(String text) {
        if (text.isEmpty() || text.length() > 6) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private static boolean isPostcode(String text) {
        if (text.length() != 5) {
            return false;
        }
        for (int i = 0; i < 5; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static String emptyToNull(String text) {
        return text.isEmpty() ? null : text;
    }

    /** Splits on semicolons; a field may be double-quoted (with "" for a quote) to hold a semicolon. */
    static void split(String line, List<String> into) {
        into.clear();
        int length = line.length();
        int start = 0;
        while (true) {
            if (start < length && line.charAt(start) == '"') {
                StringBuilder quoted = new StringBuilder();
                int i = start + 1;
                while (i < length) {
                    char c = line.charAt(i);
                    if (c == '"') {
                        if (i + 1 < length && line.charAt(i + 1) == '"') {
                            quoted.append('"');
                            i += 2;
                            continue;
                        }
                        i++;
                        break;
                    }
                    quoted.append(c);
                    i++;
                }
                into.add(quoted.toString());
                int next = line.indexOf(';', i);
                if (next < 0) {
                    return;
                }
                start = next + 1;
                continue;
            }
            int next = line.indexOf(';', start);
            if (next < 0) {
                into.add(line.substring(start));
                return;
            }
            into.add(line.substring(start, next));
            start = next + 1;
        }
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }

    /** Counts the bytes read from the file itself, before decompression. */
    private static final class CountingInputStream extends FilterInputStream {

        private volatile long count;

        CountingInputStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
