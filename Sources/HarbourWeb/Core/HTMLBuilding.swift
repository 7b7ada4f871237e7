import Plot

/// Body content as Plot nodes. Plot escapes text; attribute values are escaped here.
typealias Body = Node<HTML.BodyContext>

func attrEscape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.count)
    for ch in s {
        switch ch {
        case "&": out += "&amp;"
        case "\"": out += "&quot;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        default: out.append(ch)
        }
    }
    return out
}

/// An element with attributes (in order) and children: `tag("a", ["href": url], .text("Home"))`.
func tag(_ name: String, _ attrs: KeyValuePairs<String, String?> = [:], _ children: Body...) -> Body {
    tag(name, attrs, children)
}

func tag(_ name: String, _ attrs: KeyValuePairs<String, String?>, _ children: [Body]) -> Body {
    var nodes: [Body] = []
    for (key, value) in attrs {
        guard let value else { continue }
        nodes.append(.attribute(named: key, value: attrEscape(value), ignoreIfValueIsEmpty: false))
    }
    return .element(named: name, nodes: nodes + children)
}

/// A void element such as `<input>`.
func void(_ name: String, _ attrs: KeyValuePairs<String, String?>) -> Body {
    let attributes: [Attribute<HTML.BodyContext>] = attrs.compactMap { key, value in
        value.map { Attribute(name: key, value: attrEscape($0), ignoreIfValueIsEmpty: false) }
    }
    return .selfClosedElement(named: name, attributes: attributes)
}

func text(_ s: String) -> Body { .text(s) }

func link(_ label: String, _ href: String, class cls: String = "govuk-link", id: String? = nil) -> Body {
    tag("a", ["class": cls, "href": href, "id": id], .text(label))
}

func paragraph(_ s: String, class cls: String = "govuk-body") -> Body { tag("p", ["class": cls], .text(s)) }

func heading(_ level: Int, _ s: String, class cls: String) -> Body { tag("h\(level)", ["class": cls], .text(s)) }
