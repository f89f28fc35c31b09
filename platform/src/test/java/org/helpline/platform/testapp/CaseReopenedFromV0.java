package org.helpline.platform.testapp;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.node.ObjectNode;

import org.helpline.platform.wire.Upcaster;

import io.quarkus.arc.properties.IfBuildProperty;

/** A made-up history for the test: CaseReopened v0 named its time {@code at}; v1 calls it {@code reopenedAt}. */
@ApplicationScoped
@IfBuildProperty(name = "helpline.platform-test-app", stringValue = "true")
public class CaseReopenedFromV0 implements Upcaster {

    @Override
    public String eventType() {
        return "CaseReopened";
    }

    @Override
    public int fromVersion() {
        return 0;
    }

    @Override
    public ObjectNode upcast(ObjectNode body) {
        body.set("reopenedAt", body.remove("at"));
        return body;
    }
}
