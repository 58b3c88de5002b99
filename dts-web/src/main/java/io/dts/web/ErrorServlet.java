package io.dts.web;

import io.dts.core.error.ErrorCode;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The container's error page (web.xml): errors that happen outside JAX-RS and Faces still get a
 * plain answer, JSON for API paths, and never a stack trace.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object statusAttribute = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = statusAttribute instanceof Integer s ? s : 404;
        Object uriAttribute = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String uri = uriAttribute != null ? uriAttribute.toString() : request.getRequestURI();
        response.setStatus(status);
        if (uri.startsWith(request.getContextPath() + "/api")) {
            ErrorCode code = switch (status) {
                case 401 -> ErrorCode.NOT_AUTHENTICATED;
                case 403 -> ErrorCode.UNAUTHORIZED;
                case 404 -> ErrorCode.NOT_FOUND;
                case 405, 406, 415 -> ErrorCode.UNSUPPORTED_REQUEST;
                default -> status >= 500 ? ErrorCode.INTERNAL_ERROR : ErrorCode.MALFORMED_REQUEST;
            };
            response.setContentType("application/json");
            response.setCharacterEncoding("UTF-8");
            response.getWriter().write("{\"code\":" + code.code() + ",\"error\":\"" + code.errorName()
                    + "\",\"message\":\"HTTP " + status + "\"}");
            return;
        }
        response.setContentType("text/html");
        response.setCharacterEncoding("UTF-8");
        String title = status == 404 ? "Page not found" : status >= 500 ? "Something went wrong" : "Request refused";
        response.getWriter().write("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>DTS — " + title
                + "</title></head><body><h1>" + title + "</h1><p>HTTP " + status + ". <a href=\""
                + request.getContextPath() + "/\">Back to DTS</a></p></body></html>");
    }
}
