package org.iowscb.learningloop.platform.security;

import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.springframework.stereotype.Component;

/**
 * Camunda's REST API, plus our answers to what goes wrong: input the application rejects is a 400 with
 * the reason, on every endpoint (a message correlation as much as a task completion), and every other
 * failure gets its proper status and a plain sentence (see {@link EngineRestErrors}).
 */
@Component
class RestApiConfiguration extends CamundaJerseyResourceConfig {

    @Override
    protected void registerAdditionalResources() {
        EngineRestErrors.PROVIDERS.forEach(this::register);
    }
}
