package org.iowscb.learningloop.platform.security;

import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/** Registers authentication in front of everything the application serves, and the input gate behind it. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    FilterRegistrationBean<AuthenticationRequiredFilter> authenticationRequired() {
        FilterRegistrationBean<AuthenticationRequiredFilter> registration =
            new FilterRegistrationBean<>(new AuthenticationRequiredFilter());
        registration.setName("learningloop-authentication");
        registration.addUrlPatterns("/*");
        registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
            HttpBasicAuthenticationProvider.class.getName());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }

    /** After authentication (an anonymous request is 401 before its body is looked at). */
    @Bean
    FilterRegistrationBean<InputGate> inputGate() {
        FilterRegistrationBean<InputGate> registration = new FilterRegistrationBean<>(new InputGate(Narratives.fromForms()));
        registration.setName("learningloop-input-gate");
        registration.addUrlPatterns(InputGate.ENGINE_REST + "*", InputGate.WEBAPP_ENGINE + "*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        return registration;
    }
}
