package org.helpline.platform.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What every service promises a client generated from its OpenAPI document: a typed body for every success
 * and the one {@code Problem} for every error. A service's test extends it as a {@code @QuarkusTest}.
 */
public abstract class OpenApiDocumentContract {

    @Test
    void everyOperationDescribesItsSuccessWithASchemaAndEveryErrorAsAProblem() {
        OpenApiDocument document = OpenApiDocument.ofTheService();

        assertThat(document.operations()).isPositive();
        assertThat(document.definesProblem()).isTrue();
        assertThat(document.undescribedAnswers()).isEmpty();
    }
}
