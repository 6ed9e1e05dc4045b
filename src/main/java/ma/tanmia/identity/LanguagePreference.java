package ma.tanmia.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** When a signed-in person switches language, the choice is kept in their account for next time. */
@Configuration(proxyBeanMethods = false)
class LanguagePreference implements WebMvcConfigurer, HandlerInterceptor {

	private final JdbcClient jdbc;

	LanguagePreference(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String language = request.getParameter("lang");
		if (language != null && language.matches("ar|fr|en")
				&& SecurityContextHolder.getContext().getAuthentication() != null
				&& SecurityContextHolder.getContext().getAuthentication().getPrincipal() instanceof SignedInUser user) {
			jdbc.sql("update user_account set preferred_language = :lang where id = :id and preferred_language <> :lang")
				.param("lang", language)
				.param("id", user.id())
				.update();
		}
		return true;
	}
}
