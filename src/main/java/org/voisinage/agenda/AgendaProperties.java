package org.voisinage.agenda;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalTime;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The agenda's settings ({@code voisinage.agenda.reminder-cron}, how often the reminder job looks, is read by a
 * {@code @Scheduled} attribute in {@link EventReminderJob}).
 *
 * @param remindersEnabled whether residents going to an event are reminded of it at all (an operator's switch)
 * @param reminderDaysBefore how many days before the event's day the reminder goes
 * @param reminderTime from what time of that day, in the site's time zone
 */
@Validated
@ConfigurationProperties("voisinage.agenda")
record AgendaProperties(
        @DefaultValue("true") boolean remindersEnabled,
        @DefaultValue("1") @Min(0) @Max(14) int reminderDaysBefore,
        @DefaultValue("18:00") @NotNull LocalTime reminderTime) {}
