package io.dts.web.rest;

/** The JSON body of every error answer: {@code {"code": 102, "error": "ERR-INSUFFICIENT-STAKE", "message": "..."}}. */
public record ErrorBody(int code, String error, String message) {
}
