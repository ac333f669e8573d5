package org.voisinage.request;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Private requests' settings.
 *
 * @param reminderAfter staff are reminded of a new request nobody answered for this long
 */
@ConfigurationProperties("voisinage.requests")
public record RequestProperties(@DefaultValue("P2D") Duration reminderAfter) {}
