package org.iowscb.learningloop.platform.engine;

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
     * The models and forms are deployed together, as one deployment, and only when one of them
     * changed since the last start: a restart creates no new version of anything. Every process
     * binds its forms and called processes by deployment, so a running case keeps the forms and
     * sub-processes it started with, and a case started after a change gets the changed ones.
     */
    @Bean
    AbstractProcessEnginePlugin deployModelsAndFormsTogether() {
        return new AbstractProcessEnginePlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                if (configuration instanceof SpringProcessEngineConfiguration spring) {
                    // false: the whole set is compared with the last deployment and deployed anew when
                    // anything differs (true would deploy a changed form alone, away from its process)
                    spring.setDeployChangedOnly(false);
                    spring.setDeploymentName(DEPLOYMENT_NAME);
                }
            }

            @Override
            public String toString() {
                return "deployModelsAndFormsTogether";
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
