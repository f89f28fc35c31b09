package org.helpline.analytics;

import org.helpline.platform.testing.HelplineInfrastructure;
import org.helpline.platform.testing.OpenApiDocumentContract;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@QuarkusTestResource(HelplineInfrastructure.class)
class OpenApiDocumentTest extends OpenApiDocumentContract {
}
