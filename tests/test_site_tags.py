"""``{% capture %}`` (cps_prep/site_tags.py) renders its content once, and ``base.html`` draws its
menu twice from that one rendering."""

import re

import pytest
from django.template import Context, Template, TemplateSyntaxError


class Counter:
    def __init__(self) -> None:
        self.calls = 0

    def __str__(self) -> str:
        self.calls += 1
        return f"<b>{self.calls}</b>"


def test_captured_content_is_rendered_once_and_written_as_rendered():
    counter = Counter()
    html = Template(
        "{% load site_tags %}{% capture part %}[{{ counter }}]{% endcapture %}{{ part }}{{ part }}"
    ).render(Context({"counter": counter}))
    assert counter.calls == 1
    assert html == "[&lt;b&gt;1&lt;/b&gt;]" * 2  # escaped once, when rendered


def test_capture_takes_one_name():
    with pytest.raises(TemplateSyntaxError):
        Template("{% load site_tags %}{% capture %}x{% endcapture %}")


@pytest.mark.django_db
@pytest.mark.parametrize("signed_in", [False, True])
def test_the_menu_is_drawn_twice_the_same(client, django_user_model, signed_in):
    if signed_in:
        client.force_login(django_user_model.objects.create_user("ada"))
    html = client.get("/lessons/").content.decode()
    folded = re.search(r'<details class="menu-fold">.*?<ul>(.*?)</ul>', html, re.S).group(1)
    row = re.search(r'<ul class="menu-row">(.*?)</ul>', html, re.S).group(1)
    assert folded == row
    assert '<a href="/lessons/" aria-current="page">Lessons</a>' in row
    assert ("Sign out" in row) == signed_in
    assert ("Sign in" in row) != signed_in
