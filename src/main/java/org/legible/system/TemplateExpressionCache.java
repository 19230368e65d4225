package org.legible.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.thymeleaf.cache.StandardCacheManager;
import org.thymeleaf.spring6.SpringTemplateEngine;

/**
 * Keeps every expression the templates hold once it has been read. Thymeleaf keeps 500 by default; the templates hold
 * over 3,000, each kept twice (as read, and as the compiled SpEL behind it), and a visit of sign-up, check-in and
 * history alone needs more than 500. Under load each expression dropped was read and compiled to a new class again
 * on its next use: about five new classes a person, with the JIT compiler busy on them long after warm-up
 * (docs/benchmarks.md, "Each expression compiled once, and the repositories' proxies gone at last"). Commands render
 * no page and leave it out.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = CommandAutoConfigurations.PROPERTY, havingValue = "false", matchIfMissing = true)
class TemplateExpressionCache {

    /** Above what the templates under src/main/resources/templates hold, counted twice. */
    static final int MAX_EXPRESSIONS = 10_000;

    @Bean
    static BeanPostProcessor templateExpressionCacheSize() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof SpringTemplateEngine engine) {
                    StandardCacheManager caches = new StandardCacheManager();
                    caches.setExpressionCacheMaxSize(MAX_EXPRESSIONS);
                    engine.setCacheManager(caches);
                }
                return bean;
            }
        };
    }
}
