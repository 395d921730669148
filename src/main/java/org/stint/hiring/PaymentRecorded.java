package org.stint.hiring;

/** The employer recorded a payment for completed work. */
public record PaymentRecorded(long applicationId, long studentId, String postingTitle, String amount) {}
