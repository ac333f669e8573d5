package org.voisinage.request;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A photo attached to one message of a request (its file is common.Photos'); read as that message is. */
@Entity
class RequestPhoto {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long requestId;
    private long entryId;
    private Long uploaderId;
    private String fileName;
    private Instant createdAt;

    protected RequestPhoto() {}

    RequestPhoto(long requestId, long entryId, long uploaderId, String fileName, Instant now) {
        this.requestId = requestId;
        this.entryId = entryId;
        this.uploaderId = uploaderId;
        this.fileName = fileName;
        this.createdAt = now;
    }

    long getEntryId() { return entryId; }
    String getFileName() { return fileName; }
}
