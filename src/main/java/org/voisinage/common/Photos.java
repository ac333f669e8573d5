package org.voisinage.common;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Uploaded photos: checked by their content (JPEG, PNG, WebP when the JDK can decode it), their size and
 * pixel dimensions read from the header before anything is decoded, then re-encoded as a JPEG at most
 * {@value #OUTPUT_WIDTH} px wide, which drops every metadata segment (EXIF, GPS), and stored under a random
 * name in {@code voisinage.uploads.directory}, with a thumbnail at most {@value #THUMBNAIL_WIDTH} px wide beside it
 * ({@link #thumbnailName}). Several instances share that directory (a shared volume). Names are random and never reused, so the files may be cached for ever. Challenges and
 * listings use it; its message keys are {@code common.photo.*}.
 */
@Component
public class Photos {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Photos.class);

    /** The largest upload accepted, stated on the forms. */
    public static final long MAX_BYTES = 8L * 1024 * 1024;
    /**
     * More pixels than this (25 MP, a recent phone's photo) are refused before decoding: a "decompression bomb" of
     * a few kilobytes would take gigabytes once decoded. Total pixels, not sides: a long panorama is fine.
     * Configurable with {@code voisinage.uploads.max-photo-pixels}.
     */
    public static final long DEFAULT_MAX_PIXELS = 25_000_000L;
    public static final int OUTPUT_WIDTH = 1600;
    public static final int THUMBNAIL_WIDTH = 400;

    /** The names this class gives: anything else asked of {@link #open} is not one of ours. */
    private static final Pattern STORED_NAME = Pattern.compile("[0-9a-f]{32}(-thumb)?\\.jpg");

    private final Path directory;
    private final long maxPixels;

    /** Photos kept in {@code directory}, with the default pixel limit (tests build it by hand). */
    public Photos(Path directory) {
        this(directory, DEFAULT_MAX_PIXELS);
    }

    @Autowired
    public Photos(UploadProperties uploads) {
        this(uploads.directory(), uploads.maxPhotoPixels());
    }

    private Photos(Path directory, long maxPixels) {
        this.directory = directory;
        this.maxPixels = maxPixels;
    }

    /**
     * Checks, re-encodes and stores an upload.
     *
     * @param size the declared size, checked before reading anything
     * @return the stored file's name (random), for {@link #open}
     * @throws Refusal invalid, on no field (the caller knows its form): too large, not an image we read, too many
     *         pixels
     */
    public String store(InputStream upload, long size) {
        return storeChecked(upload, size);
    }

    /**
     * {@link #store(InputStream, long)} for an upload: opened, checked, re-encoded and stored.
     *
     * @param field the form field a refusal is put on
     * @throws Refusal invalid, on that field: too large, unreadable, not an image we read, too many pixels
     */
    public String store(PhotoUpload upload, String field) {
        try (InputStream in = upload.content().getInputStream()) {
            return storeChecked(in, upload.size());
        } catch (Refusal e) {
            throw Refusal.invalid(field, e.code());
        } catch (IOException e) {
            throw Refusal.invalid(field, "common.photo.unreadable");
        }
    }

    private String storeChecked(InputStream upload, long size) {
        if (size > MAX_BYTES) {
            throw Refusal.invalid("common.photo.tooLarge");
        }
        byte[] bytes;
        try {
            bytes = upload.readNBytes((int) MAX_BYTES + 1);
        } catch (IOException e) {
            throw Refusal.invalid("common.photo.unreadable");
        }
        byte[] jpeg = reencode(bytes, maxPixels);
        byte[] thumbnail = thumbnail(jpeg);
        String name = UUID.randomUUID().toString().replace("-", "") + ".jpg";
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(name), jpeg, StandardOpenOption.CREATE_NEW);
            Files.write(directory.resolve(thumbnailName(name)), thumbnail, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            // the storage (a shared volume) is full, read-only or gone: the form says so and keeps what was typed
            log.warn("Could not store a photo in {}: {}", directory.toAbsolutePath(), e.toString());
            for (String written : new String[] {name, thumbnailName(name)}) {
                try {
                    Files.deleteIfExists(directory.resolve(written));
                } catch (IOException ignored) {
                    // nothing points at a half-written file
                }
            }
            throw Refusal.invalid("common.photo.notStored");
        }
        return name;
    }

    /** The name of the thumbnail stored beside the photo {@code name}. */
    public static String thumbnailName(String name) {
        return name.replace(".jpg", "-thumb.jpg");
    }

    /** Removes a stored photo and its thumbnail (a listing lost it); unknown names are ignored. */
    public void delete(String name) {
        for (String file : new String[] {name, name == null ? null : thumbnailName(name)}) {
            open(file).ifPresent(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // a file left behind costs disk space only: the row no longer points at it
                }
            });
        }
    }

    /**
     * Removes stored photos once the current transaction commits (their rows were deleted in it: a rollback keeps
     * both), or at once outside a transaction.
     */
    public void deleteAfterCommit(List<String> names) {
        if (names.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            names.forEach(this::delete);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(
                new TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        names.forEach(Photos.this::delete);
                    }
                });
    }

    /** A smaller copy of a photo this class re-encoded (so already checked), for lists. */
    static byte[] thumbnail(byte[] reencoded) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(reencoded));
            return jpeg(scaled(image, THUMBNAIL_WIDTH));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stored photo or thumbnail (always a JPEG), or empty when there is no such file. */
    public Optional<Path> open(String name) {
        if (name == null || !STORED_NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        Path file = directory.resolve(name);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    /** The photo as a metadata-free JPEG at most {@value #OUTPUT_WIDTH} px wide, at most 25 MP before. */
    public static byte[] reencode(byte[] bytes) {
        return reencode(bytes, DEFAULT_MAX_PIXELS);
    }

    /** The photo as a metadata-free JPEG at most {@value #OUTPUT_WIDTH} px wide, at most {@code maxPixels} before. */
    public static byte[] reencode(byte[] bytes, long maxPixels) {
        if (bytes.length > MAX_BYTES) {
            throw Refusal.invalid("common.photo.tooLarge");
        }
        String format = format(bytes);
        if (format == null) {
            throw Refusal.invalid("common.photo.notAnImage");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
        if (!readers.hasNext()) {
            // the JDK reads no WebP: refuse it rather than keep a file nobody checked
            throw Refusal.invalid("common.photo.formatUnsupported");
        }
        ImageReader reader = readers.next();
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(input, true, true);
            // from the header only: a 20,000 px square is refused before a byte of it is decoded
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            if (width <= 0 || height <= 0) {
                throw Refusal.invalid("common.photo.notAnImage");
            }
            if ((long) width * height > maxPixels) {
                throw Refusal.invalid("common.photo.tooManyPixels");
            }
            return jpeg(scaled(reader.read(0), OUTPUT_WIDTH));
        } catch (IOException | RuntimeException e) {
            if (e instanceof Refusal refused) {
                throw refused;
            }
            throw Refusal.invalid("common.photo.notAnImage");
        } finally {
            reader.dispose();
        }
    }

    /** The format the first bytes announce, or null when they announce none we take. */
    static String format(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "jpeg";
        }
        if (b.length >= 8 && Arrays.equals(Arrays.copyOf(b, 8),
                new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})) {
            return "png";
        }
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F'
                && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') {
            return "webp";
        }
        return null;
    }

    /** Drawn on white (a PNG's transparency has no place in a JPEG), no wider than the output width. */
    private static BufferedImage scaled(BufferedImage image, int maxWidth) {
        int width = Math.min(maxWidth, image.getWidth());
        int height = Math.max(1, (int) Math.round(image.getHeight() * (double) width / image.getWidth()));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    /** Written with no metadata: the JDK's writer then adds only its JFIF header. */
    private static byte[] jpeg(BufferedImage image) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.85f);
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
