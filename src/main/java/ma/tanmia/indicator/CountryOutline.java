package ma.tanmia.indicator;

import java.time.Duration;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The Kingdom's outline drawn under every map ({@code static/geo/morocco.geojson}, see
 * docs/DIAGNOSIS.md "Country outline"). Static resources are otherwise served uncacheable; this file
 * changes only with a release, so a person's browser keeps it for a day instead of fetching it again
 * on every map page.
 */
@Configuration(proxyBeanMethods = false)
class CountryOutline implements WebMvcConfigurer {

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/geo/**")
			.addResourceLocations("classpath:/static/geo/")
			.setCacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePrivate());
	}
}
