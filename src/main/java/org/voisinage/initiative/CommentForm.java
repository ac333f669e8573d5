package org.voisinage.initiative;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.voisinage.common.Markdown;

/** A comment in the discussion, or news from the organisers: Markdown. */
public record CommentForm(
        @NotBlank(message = "{validation.required}")
        @Size(max = Markdown.MAX_LENGTH, message = "{initiative.description.tooLong}") String body) {

    public static CommentForm empty() {
        return new CommentForm("");
    }
}
