package bench.bare;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.shell.core.command.annotation.Command;

import java.util.Map;

/** One command, started as Spring Shell 4 starts: interactive without arguments, one-shot with. */
@SpringBootApplication
public class BareShell {

    public static void main(String[] args) {
        SpringApplication app = new SpringApplication(BareShell.class);
        app.setDefaultProperties(Map.of("spring.shell.interactive.enabled", String.valueOf(args.length == 0)));
        app.run(args).close();
    }

    @Command(name = "hello", description = "Says hello")
    public String hello() {
        return "hello";
    }
}
