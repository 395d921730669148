/**
 * Student profiles and CVs; student sign-up with a university e-mail; a viewing student's university
 * for the partner-only rule (implements {@code posting.PostingVisibility}).
 */
@ApplicationModule(allowedDependencies = {"account", "account :: demo", "posting", "university", "shared"})
package org.stint.student;

import org.springframework.modulith.ApplicationModule;
