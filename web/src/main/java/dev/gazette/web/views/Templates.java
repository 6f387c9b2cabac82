package dev.gazette.web.views;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.ServletContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.WebApplicationTemplateResolver;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/** The one Thymeleaf engine of the application, built once: parsed templates are cached between requests. */
@ApplicationScoped
public class Templates {

    @Inject
    ServletContext servletContext;

    @Inject
    RequestValues requestValues;

    private static final Logger LOG = Logger.getLogger(Templates.class.getName());
    private static final String FALLBACK = """
            <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Something went wrong - Gazette</title></head>
            <body><h1>Something went wrong</h1><p>Gazette could not show this page because of an error on our side.
            It has been logged; please try again in a moment.</p><p><a href="/">Go to the latest news</a></p></body></html>
            """;

    private JakartaServletWebApplication application;
    private TemplateEngine engine;

    @PostConstruct
    void build() {
        application = JakartaServletWebApplication.buildApplication(servletContext);
        WebApplicationTemplateResolver resolver = new WebApplicationTemplateResolver(application);
        resolver.setPrefix("/WEB-INF/templates/");
        resolver.setSuffix(".html");
        resolver.setTemplateMode(TemplateMode.HTML);
        resolver.setCharacterEncoding("UTF-8");
        resolver.setCacheable(true);
        engine = new TemplateEngine();
        engine.setTemplateResolver(resolver);
    }

    /**
     * The page, or if rendering fails (a bug, never the reader's doing) a plain error page: a reader never sees a
     * stack trace or an empty answer.
     */
    public String render(View view, HttpServletRequest request, HttpServletResponse response) {
        try {
            return process(view, request, response);
        } catch (RuntimeException failure) {
            LOG.log(Level.SEVERE, "Could not render " + view.template() + " for " + request.getRequestURI(), failure);
            response.setStatus(500);
            return FALLBACK;
        }
    }

    private String process(View view, HttpServletRequest request, HttpServletResponse response) {
        WebContext context = new WebContext(application.buildExchange(request, response), Locale.ENGLISH);
        context.setVariables(requestValues.of(request));
        context.setVariables(view.model());
        return engine.process(view.template(), context);
    }

    public String render(String template, Map<String, Object> model, HttpServletRequest request, HttpServletResponse response) {
        return render(new View(template, model, 200), request, response);
    }
}
