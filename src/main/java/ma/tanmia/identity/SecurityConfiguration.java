package ma.tanmia.identity;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Every page needs a signed-in person except the sign-in page and static assets. Pages use a form
 * and a session (kept in PostgreSQL); API clients may also send HTTP Basic credentials. CSRF
 * protection stays on for every state-changing request.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, LocaleResolver localeResolver) throws Exception {
		RequestMatcher api = request -> request.getRequestURI().startsWith(request.getContextPath() + "/api/");
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/login", "/error", "/css/**", "/js/**", "/geo/**", "/webjars/**", "/favicon.ico", "/favicon.svg").permitAll()
			// What citizens may read without an account: public meeting pages, the cooperative directory…
			.requestMatchers("/public/**", "/api/v1/public/**").permitAll()
			.requestMatchers("/admin/**").hasRole("ADMINISTRATOR")
			.anyRequest().authenticated())
			.formLogin(form -> form.loginPage("/login")
				.successHandler(new LanguageRestoringSuccessHandler(localeResolver))
				.failureHandler(new SignInFailureHandler())
				.permitAll())
			.logout(logout -> logout.logoutSuccessUrl("/login?logout").permitAll())
			.httpBasic(Customizer.withDefaults())
			.exceptionHandling(exceptions -> exceptions
				.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
			.headers(headers -> headers
				.contentSecurityPolicy(csp -> csp.policyDirectives(
						"default-src 'self'; img-src 'self' data: https:; style-src 'self' 'unsafe-inline'; "
								+ "script-src 'self'; frame-ancestors 'none'"))
				.referrerPolicy(referrer -> referrer.policy(
						org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

	/** After sign-in the interface speaks the person's own language, whatever the browser last used. */
	static class LanguageRestoringSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

		private final LocaleResolver localeResolver;

		LanguageRestoringSuccessHandler(LocaleResolver localeResolver) {
			this.localeResolver = localeResolver;
			setDefaultTargetUrl("/");
		}

		@Override
		public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
				Authentication authentication) throws ServletException, IOException {
			if (authentication.getPrincipal() instanceof SignedInUser user) {
				localeResolver.setLocale(request, response, Locale.forLanguageTag(user.preferredLanguage()));
			}
			super.onAuthenticationSuccess(request, response, authentication);
		}
	}

	/** Tells the sign-in page whether the account is locked, so the person knows to wait. */
	static class SignInFailureHandler
			extends org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler {

		@Override
		public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
				org.springframework.security.core.AuthenticationException exception) throws IOException {
			boolean locked = exception instanceof org.springframework.security.authentication.LockedException;
			getRedirectStrategy().sendRedirect(request, response, locked ? "/login?locked" : "/login?error");
		}
	}
}
