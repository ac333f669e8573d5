package org.voisinage.moderation;

import jakarta.validation.constraints.Positive;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/** @param autoHideThreshold reports from distinct residents that hide a content until a moderator decides */
@Validated
@ConfigurationProperties("voisinage.moderation")
record ModerationProperties(@DefaultValue("3") @Positive int autoHideThreshold) {}
