package org.voisinage.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.voisinage.common.Refusal;

/** Uploaded photos: checked by content, refused cheaply when huge, re-encoded without metadata. */
public class PhotosTests {

    @TempDir
    Path directory;

    @Test
    void aJpegWithGpsInItsExifIsReencodedWithoutAnyMetadata() throws IOException {
        byte[] withExif = withExifGps(image("jpeg", 2400, 1200));
        assertThat(markers(withExif)).contains(0xE1);
        assertThat(new String(withExif, StandardCharsets.ISO_8859_1)).contains("GPS-48.8566N");

        byte[] out = Photos.reencode(withExif);

        assertThat(markers(out)).doesNotContain(0xE1).contains(0xE0); // JFIF only, no EXIF
        assertThat(new String(out, StandardCharsets.ISO_8859_1)).doesNotContain("GPS");
        BufferedImage read = ImageIO.read(new ByteArrayInputStream(out));
        assertThat(read.getWidth()).isEqualTo(1600);
        assertThat(read.getHeight()).isEqualTo(800);
    }

    @Test
    void aPngIsStoredAsAJpegUnderARandomName() throws IOException {
        Photos photos = new Photos(directory);
        byte[] png = image("png", 300, 200);
        String name = photos.store(new ByteArrayInputStream(png), png.length);
        String again = photos.store(new ByteArrayInputStream(png), png.length);

        assertThat(name).matches("[0-9a-f]{32}\\.jpg").isNotEqualTo(again);
        Path stored = photos.open(name).orElseThrow();
        assertThat(Photos.format(Files.readAllBytes(stored))).isEqualTo("jpeg");
        assertThat(ImageIO.read(stored.toFile()).getWidth()).isEqualTo(300); // smaller ones are not enlarged
        assertThat(ImageIO.read(photos.open(Photos.thumbnailName(name)).orElseThrow().toFile()).getWidth()).isEqualTo(300);
        byte[] wide = image("png", 1000, 500);
        String large = photos.store(new ByteArrayInputStream(wide), wide.length);
        BufferedImage thumbnail = ImageIO.read(photos.open(Photos.thumbnailName(large)).orElseThrow().toFile());
        assertThat(thumbnail.getWidth()).isEqualTo(Photos.THUMBNAIL_WIDTH);
        assertThat(thumbnail.getHeight()).isEqualTo(200);
        photos.delete(name);
        assertThat(photos.open(name)).isEmpty();
        assertThat(photos.open(Photos.thumbnailName(name))).isEmpty();
        assertThat(photos.open("../../etc/passwd")).isEmpty();
        assertThat(photos.open(null)).isEmpty();
    }

    @Test
    void aScriptOrATextNamedLikeAPhotoIsRefused() {
        assertRefused("#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.UTF_8), "common.photo.notAnImage");
        assertRefused("<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8), "common.photo.notAnImage");
        assertRefused(new byte[0], "common.photo.notAnImage");
        // the right first bytes and nothing after them
        assertRefused(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0, 1, 2}, "common.photo.notAnImage");
    }

    @Test
    void aWebpTheJdkCannotReadIsRefusedRatherThanKeptUnchecked() {
        byte[] webp = "RIFF\0\0\0\0WEBPVP8 ....".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Photos.format(webp)).isEqualTo("webp");
        if (!ImageIO.getImageReadersByFormatName("webp").hasNext()) {
            assertRefused(webp, "common.photo.formatUnsupported");
        }
    }

    @Test
    void aPngClaiming20000PixelsASideIsRefusedFromItsHeaderAlone() {
        // only a header: decoding would fail on the missing pixels, so the refusal proves nothing was decoded
        long started = System.nanoTime();
        assertRefused(pngHeader(20_000, 20_000), "common.photo.tooManyPixels");
        assertThat(System.nanoTime() - started).isLessThan(1_000_000_000L);
    }

    @Test
    void theCapIsOnTotalPixelsNotOnEachSide() throws IOException {
        // 7,000 x 7,000 (49 MP): each side is modest, the decoded picture would weigh 200 MB
        assertRefused(pngHeader(7_000, 7_000), "common.photo.tooManyPixels");
        // a long panorama of 12 MP is a photo like another
        BufferedImage panorama = new BufferedImage(12_000, 1_000, BufferedImage.TYPE_BYTE_GRAY);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(panorama, "png", png);
        BufferedImage out = ImageIO.read(new ByteArrayInputStream(Photos.reencode(png.toByteArray())));
        assertThat(out.getWidth()).isEqualTo(Photos.OUTPUT_WIDTH);
        // and the cap is the operator's to set
        assertThatThrownBy(() -> Photos.reencode(png.toByteArray(), 10_000_000L))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.code()).isEqualTo("common.photo.tooManyPixels"));
    }

    @Test
    void aPhotoOver8MbIsRefusedBeforeBeingRead() {
        Photos photos = new Photos(directory);
        assertThatThrownBy(() -> photos.store(new ByteArrayInputStream(new byte[0]), Photos.MAX_BYTES + 1))
                .isInstanceOfSatisfying(Refusal.class,
                        e -> assertThat(e.code()).isEqualTo("common.photo.tooLarge"));
        assertRefused(new byte[(int) Photos.MAX_BYTES + 1], "common.photo.tooLarge");
    }

    /** Full, read-only or gone (a file where the directory should be: root ignores permissions): said, not a 500. */
    @Test
    void aStorageThatCannotKeepThePhotoRefusesItWithAMessageAndLeavesNoHalfFile() throws IOException {
        Path notADirectory = Files.writeString(directory.resolve("uploads"), "a file");
        Photos photos = new Photos(notADirectory);
        byte[] png = image("png", 40, 30);
        assertThatThrownBy(() -> photos.store(new ByteArrayInputStream(png), png.length))
                .isInstanceOfSatisfying(Refusal.class, e -> {
                    assertThat(e.code()).isEqualTo("common.photo.notStored");
                    assertThat(e.kind()).isEqualTo(Refusal.Kind.INVALID);
                });
        try (var left = Files.list(directory)) {
            assertThat(left).containsExactly(notADirectory);
        }
    }

    static void assertRefused(byte[] bytes, String code) {
        assertThatThrownBy(() -> Photos.reencode(bytes)).isInstanceOfSatisfying(Refusal.class,
                e -> assertThat(e.code()).isEqualTo(code));
    }

    /** A real picture, drawn and written by ImageIO. */
    public static byte[] image(String format, int width, int height) throws IOException {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }

    /** The JPEG with an EXIF APP1 segment inserted after its SOI, as a phone camera writes one. */
    public static byte[] withExifGps(byte[] jpeg) {
        byte[] payload = "Exif\0\0MM\0*\0\0\0\bGPS-48.8566N-2.3522E".getBytes(StandardCharsets.ISO_8859_1);
        int length = payload.length + 2;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        out.write(0xFF);
        out.write(0xE1);
        out.write(length >> 8);
        out.write(length & 0xff);
        out.write(payload, 0, payload.length);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** The JPEG's segment markers up to the image data. */
    public static List<Integer> markers(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        int i = 2;
        while (i + 4 <= jpeg.length && (jpeg[i] & 0xff) == 0xFF) {
            int marker = jpeg[i + 1] & 0xff;
            markers.add(marker);
            if (marker == 0xDA) {
                break;
            }
            i += 2 + (((jpeg[i + 2] & 0xff) << 8) | (jpeg[i + 3] & 0xff));
        }
        return markers;
    }

    /** A PNG signature and IHDR chunk (with its CRC) announcing the given size, and no pixels at all. */
    public static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] chunk = new byte[4 + 13];
        System.arraycopy("IHDR".getBytes(StandardCharsets.US_ASCII), 0, chunk, 0, 4);
        putInt(chunk, 4, width);
        putInt(chunk, 8, height);
        chunk[12] = 8; // bit depth
        chunk[13] = 2; // RGB
        byte[] length = new byte[4];
        putInt(length, 0, 13);
        out.writeBytes(length);
        out.writeBytes(chunk);
        CRC32 crc = new CRC32();
        crc.update(chunk);
        byte[] crcBytes = new byte[4];
        putInt(crcBytes, 0, (int) crc.getValue());
        out.writeBytes(crcBytes);
        return out.toByteArray();
    }

    private static void putInt(byte[] b, int at, int value) {
        b[at] = (byte) (value >>> 24);
        b[at + 1] = (byte) (value >>> 16);
        b[at + 2] = (byte) (value >>> 8);
        b[at + 3] = (byte) value;
    }
}
