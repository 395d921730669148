package org.stint;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class StintApplication {

    public static void main(String[] args) {
        SpringApplication.run(StintApplication.class, args);
    }
}
