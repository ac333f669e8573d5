package org.voisinage.noticeboard;

/** The parts of a printed page, in the order printed. */
public enum NoticeboardSection {
    ALERTS,
    EVENTS,
    NEEDS,
    CHALLENGES,
    INITIATIVES
}
