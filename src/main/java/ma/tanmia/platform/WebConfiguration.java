package ma.tanmia.platform;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.Locale;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: Arabic unless the reader chose otherwise, with {@code ?lang=ar|fr|en} on any page or
 * the switch in the header. The choice is kept in a cookie; the identity module also keeps it in
 * the user's account and restores it at sign-in, so it follows the person across devices. A program
 * calling the JSON API ({@code /api/}) has no switch and usually no cookie: without the cookie, its
 * {@code Accept-Language} chooses (ar, fr or en; Arabic otherwise). Pages ignore that header on
 * purpose: the interface is Arabic from the first page, whatever language the browser is set to.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final String LANGUAGE_COOKIE = "tanmia-lang";

	/**
	 * Messages whose arguments are numbers format them as the page does: ar-MA writes Latin digits,
	 * where plain "ar" would switch to Arabic-Indic digits in the middle of a sentence.
	 */
	@Bean
	MessageSource messageSource() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource() {
			@Override
			protected MessageFormat createMessageFormat(String message, Locale locale) {
				return super.createMessageFormat(message, Languages.forFormatting(locale));
			}
		};
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

	/**
	 * The resource chain stays on for version-less WebJar URLs, but its URL-rewriting filter is off:
	 * it sent every link of every page through a classpath search that is never cached on a miss
	 * (about a third of a page's CPU, docs/PERFORMANCE.md). Tanmia's links need no rewriting.
	 */
	@Bean
	FilterRegistrationBean<ResourceUrlEncodingFilter> noResourceUrlEncoding() {
		FilterRegistrationBean<ResourceUrlEncodingFilter> registration = new FilterRegistrationBean<>(
				new ResourceUrlEncodingFilter());
		registration.setEnabled(false);
		return registration;
	}

	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver(LANGUAGE_COOKIE) {
			@Override
			public java.util.Locale resolveLocale(jakarta.servlet.http.HttpServletRequest request) {
				return Languages.supported(super.resolveLocale(request));
			}
		};
		resolver.setDefaultLocaleFunction(request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/")
				? Languages.accepted(request.getHeader("Accept-Language"))
				: Languages.ARABIC);
		resolver.setCookieMaxAge(Duration.ofDays(365));
		resolver.setCookieSameSite("Lax");
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}
}
