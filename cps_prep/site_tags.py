"""Template tags of the site's own pages (``{% load site_tags %}``; registered in settings'
``TEMPLATES`` as a library, as ``cps_prep`` is not an app).

``{% capture name %}...{% endcapture %}`` renders its content once and puts it in the context as
``name``, to be written where it is needed, as often as it is needed: ``base.html`` draws the
menu twice (folded, and in a row) from one rendering of its items.
"""

from __future__ import annotations

from django import template
from django.utils.safestring import mark_safe

register = template.Library()


class CaptureNode(template.Node):
    def __init__(self, nodelist: template.NodeList, name: str) -> None:
        self.nodelist, self.name = nodelist, name

    def render(self, context: template.Context) -> str:
        # What the engine rendered, its variables escaped already: written as it is.
        context[self.name] = mark_safe(self.nodelist.render(context))
        return ""


@register.tag
def capture(parser: template.base.Parser, token: template.base.Token) -> CaptureNode:
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError(f"'{bits[0]}' takes one name: {{% capture name %}}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[1])
