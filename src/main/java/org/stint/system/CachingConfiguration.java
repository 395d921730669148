package org.stint.system;

import org.springframework.cache.annotation.EnableCaching;
import org.springframework.context.annotation.Configuration;

/** Spring's cache abstraction on Caffeine; the caches and their limits are in application.properties. */
@Configuration(proxyBeanMethods = false)
@EnableCaching
class CachingConfiguration {}
