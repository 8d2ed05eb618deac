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

package io.github.cognitosession.sample.web;

import java.io.IOException;
import java.io.InputStream;
import java.security.Principal;

import io.github.cognitosession.session.CognitoSessionManager;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sample's pages: home, the user's files and the user's session events.
 *
 * @author Cognito Session contributors
 */
@Controller
public class SampleController {

	private final CognitoSessionManager sessionManager;

	private final UserCredentials userCredentials;

	private final UserFiles userFiles;

	private final SessionEventLog eventLog;

	private final boolean apiConfigured;

	SampleController(CognitoSessionManager sessionManager, UserCredentials userCredentials, UserFiles userFiles,
			SessionEventLog eventLog, Environment environment) {
		this.sessionManager = sessionManager;
		this.userCredentials = userCredentials;
		this.userFiles = userFiles;
		this.eventLog = eventLog;
		this.apiConfigured = environment.containsProperty(MeFromApiController.API_URL_PROPERTY);
	}

	@GetMapping("/")
	String home(Principal principal, Model model) {
		model.addAttribute("username", principal.getName());
		model.addAttribute("state", this.sessionManager.currentUserState());
		model.addAttribute("expiresAt", this.sessionManager.getTokens().getExpiresAt());
		model.addAttribute("apiConfigured", this.apiConfigured);
		return "home";
	}

	@GetMapping("/files")
	String files(Model model) {
		UserCredentials.IdentityCredentials identity = this.userCredentials.current();
		model.addAttribute("identityId", identity.identityId());
		model.addAttribute("files", this.userFiles.list(identity));
		return "files";
	}

	@PostMapping("/files")
	String upload(@RequestParam("file") MultipartFile file, RedirectAttributes redirect) throws IOException {
		try (InputStream content = file.getInputStream()) {
			this.userFiles.upload(this.userCredentials.current(), file.getOriginalFilename(), content, file.getSize());
			redirect.addFlashAttribute("message", "Stored " + UserFiles.checkedName(file.getOriginalFilename()));
		}
		catch (IllegalArgumentException ex) {
			redirect.addFlashAttribute("error", ex.getMessage());
		}
		return "redirect:/files";
	}

	@GetMapping("/events")
	String events(Principal principal, Model model) {
		model.addAttribute("events", this.eventLog.recent(principal.getName()));
		return "events";
	}

	// Lets the user see a TokensRefreshedEvent without waiting for the tokens to expire.
	@PostMapping("/events/refresh")
	String refresh() {
		this.sessionManager.getTokens(true);
		return "redirect:/events";
	}

}
