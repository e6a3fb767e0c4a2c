from articles.markdown import render_markdown

SOURCE = """## Why it matters

Some *emphasis*, **strong** and a [link](https://example.org).

- one
- two

| a | b |
|---|---|
| 1 | 2 |

### Deeper
"""


def test_keeps_what_a_reader_needs():
    rendered = render_markdown(SOURCE)
    assert '<h2 id="section-why-it-matters">Why it matters</h2>' in rendered.html
    assert "<em>emphasis</em>" in rendered.html
    assert "<strong>strong</strong>" in rendered.html
    assert '<a href="https://example.org" rel="noopener noreferrer">link</a>' in rendered.html
    assert "<li>one</li>" in rendered.html
    assert "<table>" in rendered.html
    assert "<td>1</td>" in rendered.html
    assert [(h.level, h.id, h.text) for h in rendered.headings] == [
        (2, "section-why-it-matters", "Why it matters"),
        (3, "section-deeper", "Deeper"),
    ]


def test_removes_what_could_run_or_restyle():
    hostile = (
        "<script>alert(1)</script>\n\n"
        '<p onclick="steal()" onmouseover="x()">hi</p>\n\n'
        "[click](javascript:alert(1))\n\n"
        '<iframe src="https://evil.example"></iframe>\n\n'
        "<style>body{display:none}</style>\n\n"
        '<img src=x onerror="alert(1)">\n'
    )
    html = render_markdown(hostile).html
    for forbidden in (
        "<script",
        "alert(1)</",
        "onclick",
        "onmouseover",
        "javascript:",
        "<iframe",
        "<style",
        "display:none",
        "onerror",
        "<img",
    ):
        assert forbidden not in html, forbidden
    assert "hi" in html
    assert "click" in html


def test_reading_time_rounds_up():
    assert render_markdown("word " * 10).reading_minutes == 1
    assert render_markdown("word " * 401).reading_minutes == 3


def test_heading_text_for_the_contents_is_plain_text():
    (heading,) = render_markdown("## Q&A: <b>you</b> & me\n").headings
    assert heading.text == "Q&A: you & me"


def test_heading_ids_have_their_own_namespace():
    # Without a prefix, "## Main" became id="main", the id of the page's <main>.
    rendered = render_markdown("## Main\n\nText.\n\n## Lesson body\n\n## Main\n")
    assert [h.id for h in rendered.headings] == [
        "section-main",
        "section-lesson-body",
        "section-main_1",
    ]
    assert 'id="main"' not in rendered.html
    assert 'id="lesson-body"' not in rendered.html


def test_documents_rendered_one_after_another_share_nothing():
    """The converter is reused (reset between documents): a heading's id, the table of contents
    and the HTML of one document owe nothing to the one before."""
    first = render_markdown("## Intro\n\n## Intro\n\nText.")
    second = render_markdown("## Intro\n\nMore.")
    assert [h.id for h in first.headings] == ["section-intro", "section-intro_1"]
    assert [h.id for h in second.headings] == ["section-intro"]
    assert second.html == '<h2 id="section-intro">Intro</h2>\n<p>More.</p>'
