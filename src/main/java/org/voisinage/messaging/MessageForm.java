package org.voisinage.messaging;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A message typed in a conversation. */
public record MessageForm(
        @NotBlank(message = "{messaging.message.empty}") @Size(max = Message.MAX_LENGTH, message = "{messaging.message.tooLong}") String text) {

    static MessageForm empty() {
        return new MessageForm("");
    }
}
