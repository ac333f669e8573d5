package org.voisinage.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The first message of a conversation, with what it starts from: a subject or a resident. */
public record NewConversationForm(String sujet, Long id, Long resident,
        @NotBlank(message = "{messaging.message.empty}") @Size(max = Message.MAX_LENGTH, message = "{messaging.message.tooLong}") String text) {}
