package org.iowscb.learningloop.learning.learningregister;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every request to the register passes {@link RegisterAccess} before it is answered. */
@Configuration(proxyBeanMethods = false)
class RegisterWebConfiguration implements WebMvcConfigurer {

    static final String BASE = "/api/learning";

    private final RegisterAccess access;

    RegisterWebConfiguration(RegisterAccess access) {
        this.access = access;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(access).addPathPatterns(BASE + "/**");
    }
}
