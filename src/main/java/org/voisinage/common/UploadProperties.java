package org.voisinage.common;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.nio.file.Path;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Files people upload. How large a form with files may be: the servlet's multipart limits
 * ({@code spring.servlet.multipart.*}) are the ceiling, sized for the staff imports; every other form is held to
 * {@code maxRequestSize} ({@code config.UploadLimitFilter}). Each form then applies its own limit with a message
 * beside the field and everything typed kept (a photo: 8 MB and {@code maxPhotoPixels}, see {@link Photos}).
 *
 * @param directory where {@link Photos} stores the photos it re-encoded
 * @param maxPhotoPixels more pixels than this are refused before decoding (a "decompression bomb")
 * @param maxRequestSize a whole form with its files, outside the staff imports: four photos of 8 MB fit
 * @param largeUploadPaths the staff imports that need the servlet's ceiling (address directory, member register)
 */
@Validated
@ConfigurationProperties("voisinage.uploads")
public record UploadProperties(
        @DefaultValue("var/uploads") @NotNull Path directory,
        @DefaultValue("" + Photos.DEFAULT_MAX_PIXELS) @Positive long maxPhotoPixels,
        @DefaultValue("40MB") @NotNull DataSize maxRequestSize,
        @DefaultValue({"/admin/addresses", "/admin/members"}) List<String> largeUploadPaths) {}
