package org.stint.university;

/** A colleague (or, from an administrator, a university's first staff member) was invited by e-mail. */
public record StaffInvited(long invitationId, long universityId, String universityName, String email, String token) {}
