/**
 * Universities, their e-mail domains and career-office staff; partnership vetting, the
 * partner-only rule's condition ({@code PartnerRule}), recommendations, staff
 * invitations and outcome reports ({@code report}).
 */
@ApplicationModule(allowedDependencies = {"account", "account :: demo", "company", "posting", "shared"})
package org.stint.university;

import org.springframework.modulith.ApplicationModule;
