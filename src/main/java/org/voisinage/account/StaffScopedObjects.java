package org.voisinage.account;

/**
 * The objects under one admin address ({@code /admin/organisations/{id}} and what lies below it), as their owning
 * module's access policy answers for staff limited to some territories: before any admin page or action on one of
 * them runs, web.TerritoryStaffScope asks {@link #staffOf}; {@code false} answers 404 as if it did not exist. Lists
 * filter the same way in their own SQL. Administrators and global staff are never asked.
 */
public interface StaffScopedObjects {

    /** The admin address whose next path segment is the object's id, e.g. {@code "/admin/organisations"}. */
    String adminPath();

    /** Whether this staff member acts on this object ({@link Viewer#staffOf}); false for an unknown id. */
    boolean staffOf(Viewer viewer, long id);
}
