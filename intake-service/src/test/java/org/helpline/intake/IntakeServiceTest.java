package org.helpline.intake;


import org.helpline.platform.testing.CloudEventWriter;
import org.helpline.platform.testing.SignedInAsSupervisor;
import org.helpline.platform.testing.TopicProbe;


/**
 * Where intake-service's {@code @QuarkusTest}s start from: every request is a supervisor's unless a test sends
 * it as someone else ({@code given().spec(Staff.phoneSystem())}, {@code given().auth().none()}); {@code topics}
 * reads what intake published; {@code services} publishes on helpline.cases and helpline.referrals as
 * case-service and referral-service do.
 */
public abstract class IntakeServiceTest extends SignedInAsSupervisor {

    protected final TopicProbe topics = TopicProbe.ofTheTestBroker();
    protected final CloudEventWriter services = new CloudEventWriter(topics);
}
