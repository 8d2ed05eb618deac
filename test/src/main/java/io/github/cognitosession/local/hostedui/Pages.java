/*
 * Copyright 2026 the original authors.
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *      https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

package io.github.cognitosession.local.hostedui;

/**
 * The hosted UI's plain HTML pages: no script, no external asset, every reflected value
 * escaped.
 *
 * @author Cognito Session contributors
 */
final class Pages {

	private static final String STYLE = "body{font-family:sans-serif;max-width:22rem;margin:4rem auto;padding:0 1rem}"
			+ "label,input,button{display:block;width:100%;box-sizing:border-box;margin:.3rem 0}"
			+ "input,button{padding:.5rem}.error{color:#b00020}";

	private Pages() {
	}

	/**
	 * The sign-in form.
	 * @param clientName the app client's name, may be {@code null}
	 * @param requestId the pending login's id
	 * @param formToken the form's anti-forgery token
	 * @param username the username to fill in again, may be {@code null}
	 * @param error the error to show, may be {@code null}
	 * @return the page
	 */
	static String signIn(String clientName, String requestId, String formToken, String username, String error) {
		return page("Sign in", "<h1>Sign in</h1>"
				+ ((clientName != null) ? "<p>to <strong>" + Html.escape(clientName) + "</strong></p>" : "")
				+ errorParagraph(error) + "<form method=\"post\" action=\"/login\">" + hidden(requestId, formToken)
				+ "<label for=\"username\">Username</label>"
				+ "<input id=\"username\" name=\"username\" type=\"text\" autocomplete=\"username\" required"
				+ " autocapitalize=\"none\" value=\"" + Html.escape(username) + "\">"
				+ "<label for=\"password\">Password</label>"
				+ "<input id=\"password\" name=\"password\" type=\"password\" autocomplete=\"current-password\" required>"
				+ "<button type=\"submit\">Sign in</button></form>");
	}

	/**
	 * The form for a new password after a temporary one.
	 * @param requestId the pending login's id
	 * @param formToken the form's anti-forgery token
	 * @param error the error to show, may be {@code null}
	 * @return the page
	 */
	static String newPassword(String requestId, String formToken, String error) {
		return page("Change password", "<h1>Change password</h1><p>Please enter a new password.</p>"
				+ errorParagraph(error) + "<form method=\"post\" action=\"/login\">" + hidden(requestId, formToken)
				+ "<label for=\"new_password\">New password</label>"
				+ "<input id=\"new_password\" name=\"new_password\" type=\"password\" autocomplete=\"new-password\" required>"
				+ "<label for=\"confirm_password\">Enter new password again</label>"
				+ "<input id=\"confirm_password\" name=\"confirm_password\" type=\"password\" autocomplete=\"new-password\""
				+ " required><button type=\"submit\">Change password</button></form>");
	}

	/**
	 * An error that cannot be sent back to the application.
	 * @param message the message
	 * @return the page
	 */
	static String error(String message) {
		return page("Error", "<h1>Something went wrong</h1><p class=\"error\">" + Html.escape(message) + "</p>");
	}

	/**
	 * A message after which the user cannot continue in the hosted UI.
	 * @param message the message
	 * @return the page
	 */
	static String message(String message) {
		return page("Sign in", "<h1>Sign in</h1><p class=\"error\">" + Html.escape(message) + "</p>");
	}

	private static String hidden(String requestId, String formToken) {
		return "<input type=\"hidden\" name=\"request_id\" value=\"" + Html.escape(requestId) + "\">"
				+ "<input type=\"hidden\" name=\"_csrf\" value=\"" + Html.escape(formToken) + "\">";
	}

	private static String errorParagraph(String error) {
		return (error != null) ? "<p class=\"error\" role=\"alert\">" + Html.escape(error) + "</p>" : "";
	}

	private static String page(String title, String body) {
		return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
				+ "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + Html.escape(title)
				+ " - Local Cognito</title><style>" + STYLE + "</style></head><body>" + body + "</body></html>";
	}

}
