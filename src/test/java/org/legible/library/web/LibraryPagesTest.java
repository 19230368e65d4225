package org.legible.library.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import org.junit.jupiter.api.Test;
import org.legible.library.LibraryPage;
import org.legible.support.LegibleTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** The library through its pages: readable by anyone, every page listed, an unknown page a plain 404. */
@LegibleTest
class LibraryPagesTest {

    @Autowired
    MockMvc mvc;

    private MockHttpServletResponse open(String url) throws Exception {
        return mvc.perform(get(url)).andReturn().getResponse();
    }

    @Test
    void anyone_can_read_the_list_and_every_page_without_signing_in() throws Exception {
        MockHttpServletResponse index = open("/library");
        assertThat(index.getStatus()).isEqualTo(200);
        for (LibraryPage page : LibraryPage.values()) {
            assertThat(index.getContentAsString()).contains("href=\"/library/" + page.slug() + "\"");
            MockHttpServletResponse response = open("/library/" + page.slug());
            assertThat(response.getStatus()).as(page.slug()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("<h2 id=\"sources-heading\">Sources</h2>");
        }
        assertThat(open("/library/restless-legs").getContentAsString())
                .contains("<h1>Restless legs</h1>")
                .contains("ferritin and transferrin saturation");
    }

    @Test
    void an_unknown_page_is_not_found() throws Exception {
        assertThat(open("/library/miracle-cure").getStatus()).isEqualTo(404);
    }
}
