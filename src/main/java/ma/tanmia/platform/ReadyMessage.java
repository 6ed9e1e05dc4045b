package ma.tanmia.platform;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Tells the person who started Tanmia where to open it. */
@Component
class ReadyMessage {

	private static final Logger log = LoggerFactory.getLogger(ReadyMessage.class);

	@EventListener(ApplicationReadyEvent.class)
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info("Tanmia is ready: open http://localhost:{}/", web.getWebServer().getPort());
		}
	}
}
