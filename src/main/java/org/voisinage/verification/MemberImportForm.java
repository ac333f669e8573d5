package org.voisinage.verification;

import org.springframework.web.multipart.MultipartFile;

/** The member register CSV staff upload. */
public record MemberImportForm(MultipartFile file) {}
