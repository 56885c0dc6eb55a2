package org.iowscb.learningloop.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API, plus one answer of ours: input the application rejects is a 400 with the
 * reason, on every endpoint (a message correlation as much as a task completion).
 */
@Component
class RestApiConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        register(RejectedInputExceptionMapper.class);
        register(RejectedInputExceptionMapper.WrappedByCamunda.class);
    }
}
