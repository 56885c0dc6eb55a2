package org.iowscb.learningloop.engine;

import java.util.ArrayList;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Engine settings that the starter's properties do not reach.
 */
@Configuration(proxyBeanMethods = false)
class EngineConfiguration {

    /** One stable deployment name, so duplicate filtering compares against the previous start. */
    static final String DEPLOYMENT_NAME = "learning-loop";

    /**
     * Deploy only the models and forms that changed since the last start: a restart creates no new
     * version of anything, and a changed form does not version every process beside it.
     */
    @Bean
    AbstractProcessEnginePlugin deployChangedResourcesOnly() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration instanceof SpringProcessEngineConfiguration spring) {
                    spring.setDeployChangedOnly(true);
                    spring.setDeploymentName(DEPLOYMENT_NAME);
                }
            }

            @Override
            public String toString() {
                return "deployChangedResourcesOnly";
            }
        };
    }

    /** Rejected input reaches the caller as itself, not wrapped by the engine (see RejectedInputUnwrapping). */
    @Bean
    AbstractProcessEnginePlugin unwrapRejectedInput() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
                    configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
                }
                configuration.getCustomPreCommandInterceptorsTxRequired().add(new RejectedInputUnwrapping());
            }

            @Override
            public String toString() {
                return "unwrapRejectedInput";
            }
        };
    }

    /** Texts over 4,000 characters (narratives, up to 20,000) are stored where the database takes them. */
    @Bean
    AbstractProcessEnginePlugin storeLongTexts() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getCustomPreVariableSerializers() == null) {
                    configuration.setCustomPreVariableSerializers(new ArrayList<>());
                }
                configuration.getCustomPreVariableSerializers().add(new LongTextSerializer());
            }

            @Override
            public String toString() {
                return "storeLongTexts";
            }
        };
    }

    /** Who may claim, assign, delegate and add candidates (see TaskHandoverRules). */
    @Bean
    AbstractProcessEnginePlugin taskHandoverRules() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
                    configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
                }
                configuration.getCustomPreCommandInterceptorsTxRequired().add(new TaskHandoverRules(configuration));
            }

            @Override
            public String toString() {
                return "taskHandoverRules";
            }
        };
    }
}
