package org.helpline.referrals;

import org.helpline.platform.testing.architecture.ModuleArchitecture;

/** Rules 1 to 4 of HelplineArchitecture (in platform's test-jar) over this service's production classes. */
class ReferralServiceArchitectureTest extends ModuleArchitecture {

    ReferralServiceArchitectureTest() {
        super("org.helpline.referrals", "org.helpline.referrals.referral.domain");
    }
}
