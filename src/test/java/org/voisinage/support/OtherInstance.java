package org.voisinage.support;

import com.zaxxer.hikari.HikariDataSource;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.webmvc.test.autoconfigure.SpringBootMockMvcBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.DefaultMockMvcBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.voisinage.VoisinageApplication;

/**
 * Another instance of Voisinage in the test JVM, as an operator starts a second one: the packaged application on a
 * port of its own, pointed at a database by {@code spring.datasource.url}. Several-instances and fault tests use it.
 */
public final class OtherInstance {

    private OtherInstance() {}

    /**
     * Starts the application (with these extra configuration classes, the tests' fake topics for instance) on a free
     * port, on the database of {@code dataSource}; {@code arguments} are more {@code --name=value} settings.
     */
    public static ConfigurableApplicationContext on(DataSource dataSource, List<Class<?>> extra, String... arguments) {
        HikariDataSource hikari;
        try {
            hikari = dataSource.unwrap(HikariDataSource.class);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("not a Hikari pool: " + dataSource, e);
        }
        return on(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword(), extra, arguments);
    }

    public static ConfigurableApplicationContext on(String jdbcUrl, String username, String password,
            List<Class<?>> extra, String... arguments) {
        List<Class<?>> sources = new ArrayList<>(List.of(VoisinageApplication.class));
        sources.addAll(extra);
        List<String> args = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=" + username, "--spring.datasource.password=" + password));
        args.addAll(List.of(arguments));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new)).run(args.toArray(String[]::new));
    }

    /** A MockMvc on that instance, with its filters (Spring Session, security...) as the tests' own MockMvc has. */
    public static MockMvc mockMvc(ConfigurableApplicationContext instance) {
        WebApplicationContext web = (WebApplicationContext) instance;
        DefaultMockMvcBuilder builder = MockMvcBuilders.webAppContextSetup(web);
        SpringBootMockMvcBuilderCustomizer filters = new SpringBootMockMvcBuilderCustomizer(web);
        filters.setAddFilters(true);
        filters.customize(builder);
        return builder.build();
    }

    /** The port the instance's server listens on. */
    public static int port(ConfigurableApplicationContext instance) {
        return Integer.parseInt(instance.getEnvironment().getProperty("local.server.port"));
    }
}
