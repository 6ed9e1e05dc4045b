package ma.tanmia;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class TanmiaApplication {

	public static void main(String[] args) {
		SpringApplication.run(TanmiaApplication.class, args);
	}
}
