package org.helpline.endtoend;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A fault that takes a minute or more to play out (a broker down, a crash and the consumer group settling
 * after it, a service down past an escalation's due time). {@code mvn -B verify} leaves these out and runs
 * the short faults (PostgreSQL restarting while contacts arrive, case-service down while personal data
 * waits in intake, a poison message); {@code mvn -B verify -Pfull-fault-suite} runs them all.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Tag(FullFaultSuite.TAG)
@Test
@interface FullFaultSuite {

    /** The JUnit tag the end-to-end module's failsafe configuration leaves out unless the profile is on. */
    String TAG = "full-fault-suite";
}
