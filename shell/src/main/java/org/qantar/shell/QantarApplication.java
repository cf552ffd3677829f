package org.qantar.shell;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class QantarApplication {
    public static void main(String[] args) {
        SpringApplication.run(QantarApplication.class, args);
    }
}
