package org.legible.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.spec.SecretKeySpec;
import org.apache.commons.codec.binary.Base32;
import org.legible.bodymap.BodySite;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Signs people up and records check-ins through the real pages, the way a browser would. */
public final class People {

    public static final String PASSPHRASE = "slow walks by the river";

    private final MockMvc mvc;

    public People(MockMvc mvc) {
        this.mvc = mvc;
    }

    public static String uniqueEmail(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    }

    /** A page as the signed-in person sees it; anything but 200 fails the test. */
    public String page(MockHttpSession session, String url) throws Exception {
        var response = mvc.perform(get(url).session(session)).andReturn().getResponse();
        assertThat(response.getStatus()).as("GET " + url).isEqualTo(200);
        return response.getContentAsString();
    }

    /** Creates an account and returns its signed-in session. */
    public MockHttpSession signUp(String email) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(post("/signup")
                        .session(session)
                        .with(csrf())
                        .param("email", email)
                        .param("passphrase", PASSPHRASE)
                        .param("passphraseConfirm", PASSPHRASE)
                        .param("timeZone", "Europe/London"))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as("sign-up redirect")
                .isEqualTo("/?welcome");
        return session;
    }

    /** Signs in with the form and returns the new session. */
    public MockHttpSession signIn(String email, String passphrase) throws Exception {
        MockHttpSession session = new MockHttpSession();
        MvcResult result = mvc.perform(post("/login")
                        .session(session)
                        .with(csrf())
                        .param("username", email)
                        .param("password", passphrase))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl())
                .as("sign-in redirect")
                .isEqualTo("/");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    /**
     * Turns one-time codes on for this signed-in account (its passphrase recent) and signs in again with the
     * passphrase and a code, as a carer or an administrator does before reaching more than their own diary; returns
     * the new session. {@code now} is the application's time: the code that turned codes on is used, so the sign-in
     * takes the app's next one.
     */
    public MockHttpSession signInStrongly(MockHttpSession session, String email, Instant now) throws Exception {
        String setup = mvc.perform(get("/account/sign-in/codes").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher shown = Pattern.compile("id=\"secret\">([A-Z2-7 ]+)<").matcher(setup);
        assertThat(shown.find()).as("the key to type into the app").isTrue();
        SecretKeySpec key = new SecretKeySpec(new Base32().decode(shown.group(1).replace(" ", "")), "HmacSHA1");
        TimeBasedOneTimePasswordGenerator app = new TimeBasedOneTimePasswordGenerator();
        assertThat(mvc.perform(post("/account/sign-in/codes")
                                .session(session)
                                .with(csrf())
                                .param("code", app.generateOneTimePasswordString(key, now, Locale.ROOT)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("codes turned on")
                .isEqualTo(200);
        MockHttpSession fresh = new MockHttpSession();
        assertThat(mvc.perform(post("/login")
                                .session(fresh)
                                .with(csrf())
                                .param("username", email)
                                .param("password", PASSPHRASE))
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .isEqualTo("/login/code");
        MvcResult signedIn = mvc.perform(post("/login/code")
                        .session(fresh)
                        .with(csrf())
                        .param("code", app.generateOneTimePasswordString(key, now.plusSeconds(30), Locale.ROOT)))
                .andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl())
                .as("signed in with a code")
                .isEqualTo("/");
        return (MockHttpSession) signedIn.getRequest().getSession(false);
    }

    /** Types the passphrase on the confirm page, as a whole-record export asks after ten minutes. */
    public void confirmPassphrase(MockHttpSession session) throws Exception {
        MvcResult result = mvc.perform(
                        post("/account/confirm").session(session).with(csrf()).param("passphrase", PASSPHRASE))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as("passphrase confirmed").isEqualTo(200);
    }

    /** Creates a personal access token on the account page ({@code read} or {@code read-write}); returns its secret. */
    public String token(MockHttpSession session, String scope) throws Exception {
        MvcResult result = mvc.perform(post("/account/tokens")
                        .session(session)
                        .with(csrf())
                        .param("name", "script " + scope)
                        .param("scope", scope)
                        .param("lifetimeDays", "30")
                        .param("passphrase", PASSPHRASE))
                .andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).as("token created").isEqualTo("/account/tokens");
        return (String) result.getFlashMap().get("newToken");
    }

    /** The form as the check-in page posts it: every site row in catalogue order. */
    public static MockHttpServletRequestBuilder checkIn(String url, MockHttpSession session) {
        MockHttpServletRequestBuilder request = post(url).session(session).with(csrf());
        List<BodySite> sites = new ArrayList<>(BodySite.all());
        for (int i = 0; i < sites.size(); i++) {
            request.param("sites[" + i + "].code", sites.get(i).code());
        }
        return request;
    }

    public static int siteIndex(String code) {
        return BodySite.all().stream().map(BodySite::code).toList().indexOf(code);
    }

    /** Left heel 7 (burning, tingling), right calf 4 (cramping), overall 6; returns the check-in's URL. */
    public String recordHeelAndCalf(MockHttpSession session) throws Exception {
        int heel = siteIndex("heel-left");
        int calf = siteIndex("calf-right");
        mvc.perform(checkIn("/check-ins", session)
                        .param("sites[" + heel + "].selected", "on")
                        .param("sites[" + heel + "].intensity", "7")
                        .param("sites[" + heel + "].descriptors", "burning", "tingling")
                        .param("sites[" + calf + "].selected", "on")
                        .param("sites[" + calf + "].intensity", "4")
                        .param("sites[" + calf + "].descriptors", "cramping")
                        .param("overallPain", "6"))
                .andReturn();
        String history = mvc.perform(get("/history").session(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("href=\"(/check-ins/[0-9a-f-]{36})\"")
                .matcher(history);
        assertThat(matcher.find()).as("a check-in link in the history").isTrue();
        return matcher.group(1);
    }
}
