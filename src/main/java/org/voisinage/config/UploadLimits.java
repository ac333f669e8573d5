package org.voisinage.config;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How large a form with files may be. The servlet's multipart limits ({@code spring.servlet.multipart.*}) are
 * the ceiling, sized for the staff imports; every other form is held to {@code maxRequestSize}
 * ({@link UploadLimitFilter}). Each form then applies its own limit with a message beside the field and
 * everything typed kept (a photo: 8 MB and 25 MP, see common.Photos).
 *
 * @param maxRequestSize a whole form with its files, outside the staff imports: four photos of 8 MB fit
 * @param largeUploadPaths the staff imports that need the servlet's ceiling (address directory, member register)
 */
@ConfigurationProperties("voisinage.uploads")
record UploadLimits(
        @DefaultValue("40MB") DataSize maxRequestSize,
        @DefaultValue({"/admin/addresses", "/admin/members"}) List<String> largeUploadPaths) {}
