import Plot

/// Body content as Plot nodes. Plot escapes text; attribute values are escaped here.
typealias Body = Node<HTML.BodyContext>

/// Escapes text for HTML, in element content and in quoted attribute values alike. Most text
/// needs nothing escaped, and is returned as it is without copying.
func htmlEscape(_ s: String) -> String {
    guard s.utf8.contains(where: { $0 == UInt8(ascii: "&") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: "\"") })
    else { return s }
    var out = [UInt8]()
    out.reserveCapacity(s.utf8.count + 16)
    for byte in s.utf8 {
        switch byte {
        case UInt8(ascii: "&"): out += Array("&amp;".utf8)
        case UInt8(ascii: "<"): out += Array("&lt;".utf8)
        case UInt8(ascii: ">"): out += Array("&gt;".utf8)
        case UInt8(ascii: "\""): out += Array("&quot;".utf8)
        default: out.append(byte)
        }
    }
    return String(decoding: out, as: UTF8.self)
}

func attrEscape(_ s: String) -> String { htmlEscape(s) }

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

/// Text content, escaped here (Plot's own escaping leaves `&amp;` in text as it is, and is slower).
func text(_ s: String) -> Body { .raw(htmlEscape(s)) }

func link(_ label: String, _ href: String, class cls: String = "govuk-link", id: String? = nil) -> Body {
    tag("a", ["class": cls, "href": href, "id": id], text(label))
}

func paragraph(_ s: String, class cls: String = "govuk-body") -> Body { tag("p", ["class": cls], text(s)) }

func heading(_ level: Int, _ s: String, class cls: String) -> Body { tag("h\(level)", ["class": cls], text(s)) }
