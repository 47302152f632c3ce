package vn.hoptac;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;

@SpringBootApplication
@ConfigurationPropertiesScan
@Modulithic(systemName = "hoptac", sharedModules = "shared")
public class HoptacApplication {

	public static void main(String[] args) {
		SpringApplication.run(HoptacApplication.class, args);
	}

}
