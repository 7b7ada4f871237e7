import Foundation
import HarbourCore
import Plot

/// Draws a record's fields as GOV.UK form components, with what the person typed and the
/// error for each field beside it.
struct FormRenderer {
    let input: FormInput
    let errors: [FieldError]
    var workers: [(id: Int, name: String)] = []

    func value(_ key: String) -> String { input[key]?.first ?? "" }

    func error(for field: FieldSpec) -> FieldError? {
        errors.first { $0.field == field.name || $0.field.hasPrefix(field.name + "-") }
    }

    func fields(_ spec: RecordSpec) -> [Body] { spec.fields.map(field) }

    func field(_ f: FieldSpec) -> Body {
        let err = error(for: f)
        let hintID = f.hint == nil ? nil : "\(f.name)-hint"
        let errID = err == nil ? nil : "\(f.name)-error"
        let describedBy = [hintID, errID].compactMap { $0 }.joined(separator: " ")
        let hint: Body = f.hint.map { tag("div", ["class": "govuk-hint", "id": hintID], text($0)) } ?? .empty
        let message: Body = err.map {
            tag("p", ["class": "govuk-error-message", "id": errID], [
                tag("span", ["class": "govuk-visually-hidden"], text("Error:")), text(" " + $0.message),
            ])
        } ?? .empty
        let groupClass = "govuk-form-group" + (err == nil ? "" : " govuk-form-group--error")
        let label = f.label + (f.required ? "" : " (optional)")

        switch f.kind {
        case .day, .instant:
            var parts: [Body] = [("day", "Day", 2), ("month", "Month", 2), ("year", "Year", 4)].map { part, name, width in
                tag("div", ["class": "govuk-date-input__item"],
                    tag("div", ["class": "govuk-form-group"], [
                        tag("label", ["class": "govuk-label govuk-date-input__label", "for": "\(f.name)-\(part)"], text(name)),
                        void("input", ["class": "govuk-input govuk-date-input__input govuk-input--width-\(width)"
                                        + (err == nil ? "" : " govuk-input--error"),
                                       "id": "\(f.name)-\(part)", "name": "\(f.name)-\(part)", "type": "text",
                                       "inputmode": "numeric", "value": value("\(f.name)-\(part)")]),
                    ]))
            }
            if case .instant = f.kind {
                parts.append(tag("div", ["class": "govuk-date-input__item"],
                    tag("div", ["class": "govuk-form-group"], [
                        tag("label", ["class": "govuk-label govuk-date-input__label", "for": "\(f.name)-time"], text("Time")),
                        void("input", ["class": "govuk-input govuk-date-input__input govuk-input--width-4",
                                       "id": "\(f.name)-time", "name": "\(f.name)-time", "type": "text",
                                       "value": value("\(f.name)-time")]),
                    ])))
            }
            return tag("div", ["class": groupClass],
                tag("fieldset", ["class": "govuk-fieldset", "role": "group",
                                 "aria-describedby": describedBy.isEmpty ? nil : describedBy], [
                    tag("legend", ["class": "govuk-fieldset__legend govuk-fieldset__legend--s"], text(label)),
                    hint, message,
                    tag("div", ["class": "govuk-date-input", "id": f.name], parts),
                ]))
        case .yesNo:
            let current = value(f.name)
            return tag("div", ["class": groupClass],
                tag("fieldset", ["class": "govuk-fieldset", "aria-describedby": describedBy.isEmpty ? nil : describedBy], [
                    tag("legend", ["class": "govuk-fieldset__legend govuk-fieldset__legend--s"], text(label)),
                    hint, message,
                    tag("div", ["class": "govuk-radios govuk-radios--inline"], [("yes", "Yes"), ("no", "No")].map { v, name in
                        tag("div", ["class": "govuk-radios__item"], [
                            void("input", ["class": "govuk-radios__input", "id": "\(f.name)-\(v)", "name": f.name, "type": "radio",
                                           "value": v, "checked": current == v ? "checked" : nil]),
                            tag("label", ["class": "govuk-label govuk-radios__label", "for": "\(f.name)-\(v)"], text(name)),
                        ])
                    }),
                ]))
        case .codes(let list):
            let chosen = Set(input[f.name] ?? [])
            return tag("div", ["class": groupClass],
                tag("fieldset", ["class": "govuk-fieldset", "aria-describedby": describedBy.isEmpty ? nil : describedBy], [
                    tag("legend", ["class": "govuk-fieldset__legend govuk-fieldset__legend--s"], text(label)),
                    hint, message,
                    tag("div", ["class": "govuk-checkboxes govuk-checkboxes--small"], list.entries.map { entry in
                        tag("div", ["class": "govuk-checkboxes__item"], [
                            void("input", ["class": "govuk-checkboxes__input", "id": "\(f.name)-\(entry.code)", "name": f.name,
                                           "type": "checkbox", "value": entry.code,
                                           "checked": chosen.contains(entry.code) ? "checked" : nil]),
                            tag("label", ["class": "govuk-label govuk-checkboxes__label", "for": "\(f.name)-\(entry.code)"],
                                text(entry.label)),
                        ])
                    }),
                ]))
        case .code(let list):
            return select(f, label: label, hint: hint, message: message, groupClass: groupClass, describedBy: describedBy,
                          options: list.entries.map { ($0.code, "\($0.label) (\($0.code))") }, hasError: err != nil)
        case .worker:
            return select(f, label: label, hint: hint, message: message, groupClass: groupClass, describedBy: describedBy,
                          options: workers.map { (String($0.id), $0.name) }, hasError: err != nil)
        case .text(let max) where max > 200:
            return tag("div", ["class": groupClass], [
                tag("label", ["class": "govuk-label govuk-label--s", "for": f.name], text(label)), hint, message,
                tag("textarea", ["class": "govuk-textarea" + (err == nil ? "" : " govuk-textarea--error"), "id": f.name,
                                 "name": f.name, "rows": "5",
                                 "aria-describedby": describedBy.isEmpty ? nil : describedBy], text(value(f.name))),
            ])
        case .text, .integer:
            let width = if case .text(let max) = f.kind { max <= 13 ? "govuk-input--width-10" : "govuk-input--width-20" }
                        else { "govuk-input--width-4" }
            return tag("div", ["class": groupClass], [
                tag("label", ["class": "govuk-label govuk-label--s", "for": f.name], text(label)), hint, message,
                void("input", ["class": "govuk-input \(width)" + (err == nil ? "" : " govuk-input--error"), "id": f.name,
                               "name": f.name, "type": "text", "value": value(f.name),
                               "inputmode": f.kind == .integer(0...0) ? "numeric" : nil,
                               "aria-describedby": describedBy.isEmpty ? nil : describedBy]),
            ])
        }
    }

    func select(_ f: FieldSpec, label: String, hint: Body, message: Body, groupClass: String, describedBy: String,
                options: [(String, String)], hasError: Bool) -> Body {
        let current = value(f.name)
        return tag("div", ["class": groupClass], [
            tag("label", ["class": "govuk-label govuk-label--s", "for": f.name], text(label)), hint, message,
            tag("select", ["class": "govuk-select" + (hasError ? " govuk-select--error" : ""), "id": f.name, "name": f.name,
                           "aria-describedby": describedBy.isEmpty ? nil : describedBy],
                [tag("option", ["value": ""], text("Choose…"))] + options.map { code, name in
                    tag("option", ["value": code, "selected": current == code ? "selected" : nil], text(name))
                }),
        ])
    }
}

extension FormInput {
    /// The form a stored record would have been typed as, for correcting it.
    init(_ spec: RecordSpec, _ values: FieldValues) {
        var input = FormInput()
        for f in spec.fields {
            guard let v = values[f.name] else { continue }
            switch v {
            case .day(let d):
                input["\(f.name)-day"] = [String(d.day)]
                input["\(f.name)-month"] = [String(d.month)]
                input["\(f.name)-year"] = [String(d.year)]
            case .instant(let i):
                let p = LondonTime.parts(of: i)
                input["\(f.name)-day"] = [String(p.day.day)]
                input["\(f.name)-month"] = [String(p.day.month)]
                input["\(f.name)-year"] = [String(p.day.year)]
                input["\(f.name)-time"] = [String(format: "%02d:%02d", p.hour, p.minute)]
            case .bool(let b): input[f.name] = [b ? "yes" : "no"]
            case .codes(let cs): input[f.name] = cs
            case .code(let c): input[f.name] = [c]
            case .text(let t): input[f.name] = [t]
            case .integer(let i): input[f.name] = [String(i)]
            }
        }
        self = input
    }

    /// Reads an `application/x-www-form-urlencoded` body, keeping repeated names (checkboxes).
    init(urlEncoded body: String) {
        var components = URLComponents()
        components.percentEncodedQuery = body.replacingOccurrences(of: "+", with: "%20")
        var input = FormInput()
        for item in components.queryItems ?? [] {
            input[item.name, default: []].append(item.value ?? "")
        }
        self = input
    }
}
