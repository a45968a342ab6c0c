package org.roleatlas.system.web;

import org.apache.catalina.Container;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Requests Tomcat refuses before they reach the application (a path with an encoded slash, a malformed request
 * line) are answered by Tomcat's own error report. This replaces it with one that carries the same browser
 * security headers as every other response and names no server version.
 */
@Component
class ContainerErrorPageCustomizer implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            Container parent = context.getParent();
            if (parent instanceof StandardHost host) {
                host.setErrorReportValveClass(HeaderedErrorReport.class.getName());
            }
        });
    }

    /** Tomcat instantiates the host's error report valve by class name. */
    public static class HeaderedErrorReport extends ErrorReportValve {

        public HeaderedErrorReport() {
            setShowServerInfo(false);
            setShowReport(false);
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            if (!response.isCommitted()) {
                SecurityHeaders.apply(response, request.getRequestURI());
            }
            super.report(request, response, throwable);
        }
    }
}
