"""An assignment's lessons on the learner's dashboard as HTML: the template's markup, every text
escaped."""

from teach import assigned_html
from teach.progress import LessonWork


def lesson(**fields) -> LessonWork:
    values = {"lesson_id": 1, "questions": 4, "read": False, "answered": 0, "correct": 0}
    values.update(fields)
    return LessonWork(min_percent=80, **values)


def test_each_lesson_links_to_its_page_and_says_how_far_it_got():
    html = assigned_html.lesson_lines(
        [
            (lesson(), "Hope & <Trust>", "hope"),
            (lesson(read=True, answered=1, correct=1), "Empathy", "empathy"),
            (lesson(read=True, answered=5, correct=4), "Listening", "listening"),
            (lesson(read=True, questions=0), "Reading only", "reading-only"),
        ]
    )
    assert html.split("</li>\n")[:-1] == [
        '<li>\n<a href="/lessons/hope/">Hope &amp; &lt;Trust&gt;</a>:\nnot read yet, not practised yet\n',
        '<li>\n<a href="/lessons/empathy/">Empathy</a>:\nread, 100% right over 1 answer\n',
        '<li>\n<a href="/lessons/listening/">Listening</a>:\n'
        'read, 80% right over 5 answers <span class="status status-done">Done</span>\n',
        '<li>\n<a href="/lessons/reading-only/">Reading only</a>:\n'
        'read <span class="status status-done">Done</span>\n',
    ]
