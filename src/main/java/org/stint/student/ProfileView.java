package org.stint.student;

import java.util.UUID;

/** The saved state the profile page shows beside the form: the portfolio address and the CV. */
record ProfileView(UUID publicId, boolean portfolioPublic, CvSummary cv) {}
