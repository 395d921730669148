package org.stint.university;

import java.util.List;

/** The career office's landing page: its university at a glance. */
record StaffOverview(
        UniversityRef university,
        List<String> domains,
        boolean partnerOnly,
        long students,
        long applications,
        long pendingPartnerships) {}
